import { entryKinds } from '../schemas/entry.ts';
import { bodyLinks } from './links.ts';
import { keyOf, type Backlink, type DataSets, type EntryNode, type PageNode, type RoadmapGraph } from './model.ts';
import { entryReferences } from './references.ts';

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
};

/**
 * Indexes validated entries and computes every relation the pages show: phase of a skill, tracks of a
 * phase, unlocks, backlinks. Pure and total: it never throws on bad content (src/graph/check-graph.ts
 * reports that); a dangling reference simply relates to nothing.
 */
export function buildGraph(entries: readonly EntryNode[], pages: readonly PageNode[], data: DataSets): RoadmapGraph {
	const graph: RoadmapGraph = {
		entries: Object.fromEntries(entryKinds.map((k) => [k, new Map()])) as RoadmapGraph['entries'],
		pages: [...pages],
		data,
		sources: new Map(data.sources.map((s) => [s.id, s])),
		plans: new Map(data.plans.map((p) => [p.id, p])),
		phaseOf: new Map(),
		tracksOfPhase: new Map(),
		phasesOfPlan: new Map(),
		unlocks: new Map(),
		referencedBy: new Map(),
		byHref: new Map(),
	};
	for (const entry of entries) {
		const byKind = graph.entries[entry.kind] as Map<string, EntryNode>;
		if (!byKind.has(entry.id)) byKind.set(entry.id, entry);
		graph.byHref.set(entry.href, entry);
	}
	for (const page of pages) graph.byHref.set(page.href, page);

	for (const phase of graph.entries.phase.values()) {
		for (const skill of phase.data.skills) if (!graph.phaseOf.has(skill)) graph.phaseOf.set(skill, phase.id);
	}
	for (const track of graph.entries.track.values()) {
		for (const phase of track.data.phases) push(graph.tracksOfPhase, phase, track.id);
	}
	const byPlan = new Map<string, EntryNode<'phase'>[]>();
	for (const phase of graph.entries.phase.values()) push(byPlan, phase.data.plan, phase);
	for (const [plan, phases] of byPlan) {
		graph.phasesOfPlan.set(plan, phases.sort((a, b) => a.data.order - b.data.order).map((p) => p.id));
	}
	for (const skill of graph.entries.skill.values()) {
		for (const pre of skill.data.prerequisites) push(graph.unlocks, pre, skill.id);
	}

	// Backlinks: typed references first, then links written in page bodies.
	const seen = new Set<string>();
	const addBacklink = (target: string, link: Backlink) => {
		const signature = `${target}<${link.from.href}`;
		if (seen.has(signature) || target === keyOf((link.from as EntryNode).kind ?? 'page', (link.from as EntryNode).id ?? '')) return;
		seen.add(signature);
		push(graph.referencedBy, target, link);
	};
	for (const entry of entries) {
		for (const ref of entryReferences(entry)) {
			if (ref.via && ref.target !== 'source' && ref.target !== 'plan') addBacklink(keyOf(ref.target, ref.id), { from: entry, via: ref.via });
		}
	}
	for (const from of [...entries, ...pages]) {
		for (const href of bodyLinks(from.body)) {
			const to = graph.byHref.get(href);
			if (to && 'kind' in to && to !== from) addBacklink(keyOf(to.kind, to.id), { from, via: 'link' });
		}
	}
	return graph;
}

/** The tracks a skill belongs to, through its phase. */
export const tracksOfSkill = (graph: RoadmapGraph, skill: string): string[] =>
	graph.tracksOfPhase.get(graph.phaseOf.get(skill) ?? '') ?? [];

/** The skills of a track, phase by phase in track order. */
export const skillsOfTrack = (graph: RoadmapGraph, track: string): string[] =>
	(graph.entries.track.get(track)?.data.phases ?? []).flatMap((phase) => graph.entries.phase.get(phase)?.data.skills ?? []);
