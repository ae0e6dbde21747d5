import type { EntryNode, RoadmapGraph } from '../graph/model.ts';
import { overviewDiagram } from './overview.ts';
import { phaseDiagram } from './phase.ts';
import { roleSpectrumDiagram } from './roles.ts';
import { skillDiagram } from './skill.ts';
import { ninetyDayDiagram, sevenMonthDiagram } from './timelines.ts';
import { trackDiagram } from './track.ts';
import { transitionDiagram } from './transitions.ts';
import type { DiagramSpec } from './types.ts';

/** The diagrams that sit on their own pages (overview, timelines, roles, transitions), by name. */
export const namedDiagrams = {
	overview: overviewDiagram,
	'timeline-ninety-day': ninetyDayDiagram,
	'timeline-seven-month': sevenMonthDiagram,
	'role-spectrum': roleSpectrumDiagram,
	'transition-map': transitionDiagram,
} satisfies Record<string, (graph: RoadmapGraph) => DiagramSpec | undefined>;
export type DiagramName = keyof typeof namedDiagrams;

/** The diagram on an entry's own page: a skill's neighbourhood, a phase, a track; none for other kinds. */
export function entryDiagram(graph: RoadmapGraph, entry: EntryNode): DiagramSpec | undefined {
	if (entry.kind === 'skill') return skillDiagram(graph, entry as EntryNode<'skill'>);
	if (entry.kind === 'phase') return phaseDiagram(graph, entry as EntryNode<'phase'>);
	if (entry.kind === 'track') return trackDiagram(graph, entry as EntryNode<'track'>);
	return undefined;
}

/** Every generated diagram of the site, for rendering them all in one batch. */
export function siteDiagrams(graph: RoadmapGraph): DiagramSpec[] {
	const named = Object.values(namedDiagrams).flatMap((make) => make(graph) ?? []);
	const perEntry = (['track', 'phase', 'skill'] as const).flatMap((kind) => [...graph.entries[kind].values()].flatMap((e) => entryDiagram(graph, e) ?? []));
	return [...named, ...perEntry];
}
