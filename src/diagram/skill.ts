import type { EntryNode, RoadmapGraph } from '../graph/model.ts';
import { flowchart, nodeLines, wrapRows } from './flowchart.ts';
import { entryAlt, entryNode, resolve } from './nodes.ts';
import type { DiagramSpec } from './types.ts';

/** A skill's neighbourhood: its prerequisites -> the skill -> what it unlocks, and the phase it sits in. */
export function skillDiagram(graph: RoadmapGraph, skill: EntryNode<'skill'>): DiagramSpec {
	const before = resolve(graph, 'skill', skill.data.prerequisites);
	const after = resolve(graph, 'skill', graph.unlocks.get(skill.id) ?? []);
	const phase = graph.entries.phase.get(graph.phaseOf.get(skill.id) ?? '');
	const self = entryNode(skill, { shape: 'round', cls: 'focus' });
	const body = [
		...nodeLines(self),
		...before.flatMap((s) => [...nodeLines(entryNode(s)), `  ${entryNode(s).id} --> ${self.id}`]),
		...after.flatMap((s) => [...nodeLines(entryNode(s)), `  ${self.id} --> ${entryNode(s).id}`]),
		...(phase ? [...nodeLines(entryNode(phase, { cls: 'outside' })), `  ${entryNode(phase).id} -.->|"phase"| ${self.id}`] : []),
		// At most three nodes side by side, so the diagram fits the content column.
		...wrapRows([...before, ...(phase ? [phase] : [])].map((e) => entryNode(e).id), { up: true }),
		...wrapRows(after.map((s) => entryNode(s).id)),
	];
	const children = [
		{ label: 'Learn first', children: before.length ? before.map((s) => entryAlt(s)) : [{ label: 'nothing: no prerequisites' }] },
		{ label: 'Unlocks', children: after.length ? after.map((s) => entryAlt(s)) : [{ label: 'nothing yet' }] },
		...(phase ? [{ label: 'Part of the phase', children: [entryAlt(phase)] }] : []),
	];
	return {
		id: `skill-${skill.id}`,
		title: `Where ${skill.title} sits: prerequisites and what it unlocks`,
		source: flowchart('TB', body),
		alt: [entryAlt(skill, { children })],
	};
}
