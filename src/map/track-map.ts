import { categoryLabel, windowLabel } from '../graph/labels.ts';
import type { EntryNode, RoadmapGraph } from '../graph/model.ts';
import { skillCategories, type SkillCategory } from '../schemas/skill.ts';
import type { MapEnd, MapPhase, RoadmapMap } from './model.ts';

/** What each category means for the reader, shown in every map's legend. */
export const categoryMeaning: Record<SkillCategory, string> = {
	'carries-over': 'you already do this at work; adjust it',
	'learn-new': 'genuinely new; learn it in depth',
	'skip-for-now': 'not needed for a first role; learn on demand',
	'deepen-later': 'after your first full proof cycle',
};

const lookup = <K extends 'phase' | 'skill' | 'role'>(graph: RoadmapGraph, kind: K, ids: readonly string[]) =>
	ids.flatMap((id) => (graph.entries[kind] as Map<string, EntryNode<K>>).get(id) ?? []);

/**
 * A map of phases top to bottom, each with its skills in learning order, numbered across the map.
 * Bounded by design: it holds one track's or one plan's phases, never the whole roadmap.
 */
export function phasesMap(graph: RoadmapGraph, id: string, title: string, phaseIds: readonly string[], ends: MapEnd[] = []): RoadmapMap {
	let n = 0;
	const phases: MapPhase[] = lookup(graph, 'phase', phaseIds).map((phase, i) => ({
		id: phase.id,
		step: i + 1,
		title: phase.title,
		href: phase.href,
		when: windowLabel(phase.data.window),
		skills: lookup(graph, 'skill', phase.data.skills).map((skill) => ({
			id: skill.id,
			n: ++n,
			title: skill.title,
			href: skill.href,
			category: skill.data.category,
			categoryLabel: categoryLabel[skill.data.category],
		})),
	}));
	const all = phases.flatMap((p) => p.skills);
	const legend = skillCategories.map((category) => ({
		category,
		label: categoryLabel[category],
		meaning: categoryMeaning[category],
		count: all.filter((s) => s.category === category).length,
	}));
	return { id, title, phases, ends, legend };
}

/** The map at the top of a track page: its phases, then the roles it leads to. */
export function trackMap(graph: RoadmapGraph, track: EntryNode<'track'>): RoadmapMap {
	const roles = (ids: readonly string[]) => lookup(graph, 'role', ids).map((r) => ({ title: r.title, href: r.href }));
	const ends = [{ label: 'Prepares you for', links: roles(track.data.roles) }];
	if (track.data.laterRoles.length) ends.push({ label: 'Later, after a first role', links: roles(track.data.laterRoles) });
	return phasesMap(graph, `map-track-${track.id}`, `Map of the ${track.title}: phases top to bottom, skills in learning order`, track.data.phases, ends);
}

/** One map per plan, for the phases index: replaces the whole-roadmap overview. */
export function planMaps(graph: RoadmapGraph): RoadmapMap[] {
	return graph.data.plans
		.filter((plan) => (graph.phasesOfPlan.get(plan.id) ?? []).length > 0)
		.map((plan) => phasesMap(graph, `map-plan-${plan.id}`, `Map of the plan ${plan.title}: phases top to bottom, skills in learning order`, graph.phasesOfPlan.get(plan.id) ?? []));
}

/** A plan on the phases index: its heading, its summary and its map (plans without phases are left out). */
export interface PlanSection {
	/** The heading's anchor, `plan-<id>`: published, so it never changes. */
	anchor: string;
	title: string;
	summary: string;
	map: RoadmapMap;
}

/** The phases index, plan by plan, in the order of plans.yaml. Pure. */
export function planSections(graph: RoadmapGraph): PlanSection[] {
	const maps = new Map(planMaps(graph).map((m) => [m.id, m]));
	return graph.data.plans.flatMap((plan) => {
		const map = maps.get(`map-plan-${plan.id}`);
		return map ? [{ anchor: `plan-${plan.id}`, title: plan.title, summary: plan.summary, map }] : [];
	});
}
