import type { EntryNode, RoadmapGraph } from '../graph/model.ts';
import { flowchart, nodeLines } from './flowchart.ts';
import { entryAlt, entryNode, resolve } from './nodes.ts';
import type { DiagramSpec } from './types.ts';

/**
 * One phase: its skills in learning order with the prerequisite edges between them. Prerequisites from
 * other phases appear dashed, so the reader sees what the phase assumes.
 */
export function phaseDiagram(graph: RoadmapGraph, phase: EntryNode<'phase'>): DiagramSpec {
	const skills = resolve(graph, 'skill', phase.data.skills);
	const inPhase = new Set(phase.data.skills);
	const self = entryNode(phase, { shape: 'stadium', cls: 'focus' });
	const outside = new Map<string, EntryNode<'skill'>>();
	const body = [...nodeLines(self)];
	for (const skill of skills) {
		const node = entryNode(skill);
		body.push(...nodeLines(node));
		const pres = resolve(graph, 'skill', skill.data.prerequisites);
		if (!pres.some((p) => inPhase.has(p.id))) body.push(`  ${self.id} --> ${node.id}`);
		for (const pre of pres) {
			if (inPhase.has(pre.id)) body.push(`  ${entryNode(pre).id} --> ${node.id}`);
			else {
				if (!outside.has(pre.id)) body.push(...nodeLines(entryNode(pre, { cls: 'outside' })));
				outside.set(pre.id, pre);
				body.push(`  ${entryNode(pre).id} -.-> ${node.id}`);
			}
		}
	}
	const alt = [
		entryAlt(phase, {
			children: skills.map((skill) => {
				const pres = resolve(graph, 'skill', skill.data.prerequisites);
				return entryAlt(skill, pres.length ? { children: [{ label: 'after', children: pres.map((p) => entryAlt(p, { note: inPhase.has(p.id) ? undefined : 'earlier phase' })) }] } : {});
			}),
		}),
	];
	return { id: `phase-${phase.id}`, title: `Skills of the phase ${phase.title}, in learning order`, source: flowchart('LR', body), alt };
}
