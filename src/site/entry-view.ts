import { skillsOfTrack, tracksOfSkill } from '../graph/build-graph.ts';
import { categoryLabel, windowLabel } from '../graph/labels.ts';
import { keyOf, type Backlink, type EntryKind, type EntryNode, type RoadmapGraph } from '../graph/model.ts';

/**
 * What each kind's facts box and sections show, computed from the graph: the per-kind components in
 * src/components/kinds/ only lay these out. Pure functions of the graph and one entry.
 */

/** Entries by id, in the order given, ids that do not resolve dropped (the content check reports those). */
export const lookup = <K extends EntryKind>(graph: RoadmapGraph, kind: K, ids: readonly (string | undefined)[]): EntryNode<K>[] =>
	ids.flatMap((id) => (id === undefined ? [] : ((graph.entries[kind] as Map<string, EntryNode<K>>).get(id) ?? [])));

/** How a facts box names a source: author, else publisher, else title; the id when it does not resolve. */
export const sourceLabel = (graph: RoadmapGraph, id: string): string => {
	const s = graph.sources.get(id);
	return s ? (s.author ?? s.publisher ?? s.title) : id;
};

/** The badge variant for each skill category. */
export const categoryVariant = { 'carries-over': 'success', 'learn-new': 'note', 'skip-for-now': 'caution', 'deepen-later': 'default' } as const;

export interface SkillFactsView {
	category: string;
	variant: (typeof categoryVariant)[keyof typeof categoryVariant];
	effort: string;
	/** The phase link text, e.g. "Days 1–30: LLM foundations", or undefined for a skill in no phase. */
	phase: { href: string; label: string } | undefined;
	tracks: EntryNode<'track'>[];
	prerequisites: EntryNode<'skill'>[];
	unlocks: EntryNode<'skill'>[];
}

export function skillFacts(graph: RoadmapGraph, skill: EntryNode<'skill'>): SkillFactsView {
	const d = skill.data;
	const phase = graph.entries.phase.get(graph.phaseOf.get(skill.id) ?? '');
	return {
		category: categoryLabel[d.category],
		variant: categoryVariant[d.category],
		effort: `${d.effort.min}–${d.effort.max} focused hours`,
		phase: phase ? { href: phase.href, label: `${windowLabel(phase.data.window)}: ${phase.title}` } : undefined,
		tracks: lookup(graph, 'track', tracksOfSkill(graph, skill.id)),
		prerequisites: lookup(graph, 'skill', d.prerequisites),
		unlocks: lookup(graph, 'skill', graph.unlocks.get(skill.id) ?? []),
	};
}

export interface PhaseFactsView {
	/** "Days 1–30, phase 1 of 3 in The 90-day plan". */
	when: string;
	tracks: EntryNode<'track'>[];
	/** The phases before and after it in its plan, in that order (one or both may be missing). */
	neighbours: EntryNode<'phase'>[];
}

export function phaseFacts(graph: RoadmapGraph, phase: EntryNode<'phase'>): PhaseFactsView {
	const d = phase.data;
	const plan = graph.phasesOfPlan.get(d.plan) ?? [];
	const i = plan.indexOf(phase.id);
	return {
		when: `${windowLabel(d.window)}, phase ${d.order} of ${graph.phasesOfPlan.get(d.plan)?.length ?? '?'} in ${graph.plans.get(d.plan)?.title ?? d.plan}`,
		tracks: lookup(graph, 'track', graph.tracksOfPhase.get(phase.id) ?? []),
		neighbours: lookup(graph, 'phase', i < 0 ? [] : [plan[i - 1], plan[i + 1]]),
	};
}

/** A track's skills in learning order (phase by phase), for its progress summary. */
export const trackSkillIds = (graph: RoadmapGraph, track: EntryNode<'track'>): string[] => skillsOfTrack(graph, track.id);

export interface RoleFactsView {
	share: string;
	transition: string;
	tracks: EntryNode<'track'>[];
}

export function roleFacts(graph: RoadmapGraph, role: EntryNode<'role'>): RoleFactsView {
	const d = role.data;
	return {
		share: d.share ? `About ${d.share.percent}%, as ${sourceLabel(graph, d.share.source.source)} estimates it` : 'No source gives one',
		transition: d.tiers.length === 0 ? 'Not ranked by the sources' : d.tiers.map((t) => `Tier ${t.tier} of 3 per ${sourceLabel(graph, t.source.source)}`).join('; '),
		tracks: [...graph.entries.track.values()].filter((t) => t.data.roles.includes(role.id) || t.data.laterRoles.includes(role.id)),
	};
}

export interface SkillSectionsView {
	/** Notes and projects that list the skill. */
	related: Backlink[];
	phase: EntryNode<'phase'> | undefined;
	previous: EntryNode<'skill'> | undefined;
	next: EntryNode<'skill'> | undefined;
}

/** A skill's related notes and projects, and its neighbours within its phase. */
export function skillSections(graph: RoadmapGraph, skill: EntryNode<'skill'>): SkillSectionsView {
	const related = (graph.referencedBy.get(keyOf('skill', skill.id)) ?? []).filter((b) => b.via === 'note' || b.via === 'project');
	const phase = graph.entries.phase.get(graph.phaseOf.get(skill.id) ?? '');
	const position = phase ? phase.data.skills.indexOf(skill.id) : -1;
	return {
		related,
		phase,
		previous: phase && position > 0 ? graph.entries.skill.get(phase.data.skills[position - 1]!) : undefined,
		next: phase && position >= 0 ? graph.entries.skill.get(phase.data.skills[position + 1] ?? '') : undefined,
	};
}

/** A phase's skills in learning order, each with its category's label. */
export const phaseSkills = (graph: RoadmapGraph, phase: EntryNode<'phase'>) =>
	lookup(graph, 'skill', phase.data.skills).map((skill) => ({ skill, category: categoryLabel[skill.data.category] }));

/** A track's path: its phases in order, each with its window, its plan's title and its skills. */
export const trackPath = (graph: RoadmapGraph, track: EntryNode<'track'>) =>
	lookup(graph, 'phase', track.data.phases).map((phase) => ({
		phase,
		label: `${windowLabel(phase.data.window)}: ${phase.title}`,
		plan: graph.plans.get(phase.data.plan)?.title,
		skills: lookup(graph, 'skill', phase.data.skills),
	}));
