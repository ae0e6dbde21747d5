import type { EntryNode, RoadmapGraph } from '../graph/model.ts';
import { phaseDiagram } from './phase.ts';
import { skillDiagram } from './skill.ts';
import { transitionDiagram } from './transitions.ts';
import type { DiagramSpec } from './types.ts';

/**
 * The diagrams that sit on their own pages (the transition map), by name. The whole roadmap is
 * never one diagram: it grows with every skill (mermaid caps a diagram at 500 edges); /phases/ shows one
 * HTML map per plan instead (src/map/), the 90-day plan week by week as an HTML timeline, and /roles/ its
 * roles grouped by tier as HTML.
 */
export const namedDiagrams = {
	'transition-map': transitionDiagram,
} satisfies Record<string, (graph: RoadmapGraph) => DiagramSpec | undefined>;
export type DiagramName = keyof typeof namedDiagrams;

/** The page each named diagram sits on (its full-size page links back there). */
export const namedDiagramPages: Record<DiagramName, string> = {
	'transition-map': '/guides/transfer-tables/',
};

/** The diagram on an entry's own page: a skill's neighbourhood, a phase; none for other kinds (a track opens on its map, src/map/). */
export function entryDiagram(graph: RoadmapGraph, entry: EntryNode): DiagramSpec | undefined {
	if (entry.kind === 'skill') return skillDiagram(graph, entry as EntryNode<'skill'>);
	if (entry.kind === 'phase') return phaseDiagram(graph, entry as EntryNode<'phase'>);
	return undefined;
}

/** Every generated diagram of the site, for rendering them all in one batch. */
export function siteDiagrams(graph: RoadmapGraph): DiagramSpec[] {
	const named = Object.values(namedDiagrams).flatMap((make) => make(graph) ?? []);
	const perEntry = (['phase', 'skill'] as const).flatMap((kind) => [...graph.entries[kind].values()].flatMap((e) => entryDiagram(graph, e) ?? []));
	return [...named, ...perEntry];
}
