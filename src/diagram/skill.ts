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
	// Each side with more than one node is a box that the skill links to once ("Learn first", "Unlocks"):
	// one edge instead of one per node, so the layout has no crossing edges to spread sideways, and the
	// box's nodes sit at most three to a row, which keeps the diagram inside the content column.
	const side = (id: string, title: string, nodes: FlowNode[], up: boolean): { lines: string[]; target: string } => {
		if (nodes.length === 1) return { lines: nodeLines(nodes[0]!), target: nodes[0]!.id };
		return {
			lines: [`subgraph ${id}["${title}"]`, '  direction TB', ...nodes.flatMap((n) => nodeLines(n)), ...wrapRows(nodes.map((n) => n.id), { up }), 'end'],
			target: id,
		};
	};
	const beforeNodes = [...before.map((s) => entryNode(s)), ...(moreBefore ? [moreBefore] : [])];
	const afterNodes = [...after.map((s) => entryNode(s)), ...(moreAfter ? [moreAfter] : [])];
	const learnFirst = beforeNodes.length ? side('learn_first', `Learn first (${allBefore.length})`, beforeNodes, true) : undefined;
	const unlocks = afterNodes.length ? side('unlocks', `Unlocks (${allAfter.length})`, afterNodes, false) : undefined;
	const body = [
		...nodeLines(self),
		...(learnFirst ? [...learnFirst.lines, `  ${learnFirst.target} --> ${self.id}`] : []),
		...(unlocks ? [...unlocks.lines, `  ${self.id} --> ${unlocks.target}`] : []),
		...(phase ? [...nodeLines(entryNode(phase, { cls: 'outside' })), `  ${entryNode(phase).id} -.->|"phase"| ${self.id}`] : []),
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
