import type { EntryNode, RoadmapGraph } from '../graph/model.ts';
import { readabilityBudget } from './budget.ts';
import { flowchart, nodeLines, wrapRows, type FlowNode } from './flowchart.ts';
import { entryAlt, entryNode, resolve } from './nodes.ts';
import type { DiagramSpec } from './types.ts';

/**
 * How many of `before` and `after` a neighbourhood of `room` nodes shows: all when they fit, else each side
 * keeps what it needs up to an even share and one node of the room goes to a "more" node per cut side. Pure.
 */
export function neighbourCaps(before: number, after: number, room: number): [number, number] {
	if (before + after <= room) return [before, after];
	const half = Math.floor(room / 2) - 1;
	if (before <= half) return [before, room - before - 1];
	if (after <= half) return [room - after - 1, after];
	return [half, room - half - 2];
}

/** A dashed node counting what a capped side leaves out, linking to the section of the page that lists it all, if there is one. */
const moreNode = (id: string, count: number, what: string, href?: string): FlowNode => ({ id, label: `${count} more ${what}: see the full list`, href, cls: 'outside' });

/**
 * A skill's neighbourhood: its prerequisites -> the skill -> what it unlocks, and the phase it sits in.
 * Bounded by the readability budget (src/diagram/budget.ts): a skill that many others build on shows the
 * first of them and one node counting the rest; the text version lists them all.
 */
export function skillDiagram(graph: RoadmapGraph, skill: EntryNode<'skill'>): DiagramSpec {
	const allBefore = resolve(graph, 'skill', skill.data.prerequisites);
	const allAfter = resolve(graph, 'skill', graph.unlocks.get(skill.id) ?? []);
	const phase = graph.entries.phase.get(graph.phaseOf.get(skill.id) ?? '');
	const [beforeCap, afterCap] = neighbourCaps(allBefore.length, allAfter.length, readabilityBudget.maxNodes - 1 - (phase ? 1 : 0));
	const before = allBefore.slice(0, beforeCap);
	const after = allAfter.slice(0, afterCap);
	const self = entryNode(skill, { shape: 'round', cls: 'focus' });
	const moreBefore = allBefore.length > beforeCap ? moreNode('more_before', allBefore.length - beforeCap, 'prerequisites') : undefined;
	const moreAfter = allAfter.length > afterCap ? moreNode('more_after', allAfter.length - afterCap, 'skills it unlocks', `${skill.href}#referenced-by`) : undefined;
	const body = [
		...nodeLines(self),
		...before.flatMap((s) => [...nodeLines(entryNode(s)), `  ${entryNode(s).id} --> ${self.id}`]),
		...after.flatMap((s) => [...nodeLines(entryNode(s)), `  ${self.id} --> ${entryNode(s).id}`]),
		...(moreBefore ? [...nodeLines(moreBefore), `  ${moreBefore.id} -.-> ${self.id}`] : []),
		...(moreAfter ? [...nodeLines(moreAfter), `  ${self.id} -.-> ${moreAfter.id}`] : []),
		...(phase ? [...nodeLines(entryNode(phase, { cls: 'outside' })), `  ${entryNode(phase).id} -.->|"phase"| ${self.id}`] : []),
		// At most three nodes side by side, so the diagram fits the content column.
		...wrapRows([...before.map((e) => entryNode(e).id), ...(moreBefore ? [moreBefore.id] : []), ...(phase ? [entryNode(phase).id] : [])], { up: true }),
		...wrapRows([...after.map((s) => entryNode(s).id), ...(moreAfter ? [moreAfter.id] : [])]),
	];
	const children = [
		{ label: 'Learn first', children: allBefore.length ? allBefore.map((s) => entryAlt(s)) : [{ label: 'nothing: no prerequisites' }] },
		{ label: 'Unlocks', children: allAfter.length ? allAfter.map((s) => entryAlt(s)) : [{ label: 'nothing yet' }] },
		...(phase ? [{ label: 'Part of the phase', children: [entryAlt(phase)] }] : []),
	];
	return {
		id: `skill-${skill.id}`,
		title: `Where ${skill.title} sits: prerequisites and what it unlocks`,
		source: flowchart('TB', body),
		alt: [entryAlt(skill, { children })],
	};
}
