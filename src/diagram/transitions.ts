import type { RoadmapGraph } from '../graph/model.ts';
import type { Transfer } from '../schemas/data.ts';
import { mermaidLabel, nodeId } from './escape.ts';
import { flowchart, nodeLines } from './flowchart.ts';
import { entryAlt } from './nodes.ts';
import type { DiagramSpec } from './types.ts';

const carryLabel: Record<Transfer['carryover'], string> = { 'as-is': 'as is', adapt: 'adapt', new: 'new', skip: 'skip' };

/**
 * The transition map: backend skill groups on the left, AI/ML skill groups on the right, one link per
 * pair that the transfer data connects, labelled with how many rows and how much carries over.
 */
export function transitionDiagram(graph: RoadmapGraph): DiagramSpec {
	const rows = graph.data.transfers;
	const backend = [...new Set(rows.map((r) => r.backendGroup))];
	const aiml = [...new Set(rows.map((r) => r.aimlGroup))];
	const body = [
		`subgraph backend["${mermaidLabel('Backend skills you have')}"]`,
		'  direction TB',
		...backend.flatMap((g, i) => nodeLines({ id: nodeId('b', String(i)), label: g, cls: 'group' })),
		'end',
		`subgraph aiml["${mermaidLabel('AI/ML skills they lead to')}"]`,
		'  direction TB',
		...aiml.flatMap((g, i) => nodeLines({ id: nodeId('a', String(i)), label: g, cls: 'group' })),
		'end',
	];
	const pairs = new Map<string, Transfer[]>();
	for (const row of rows) {
		const key = `${backend.indexOf(row.backendGroup)}>${aiml.indexOf(row.aimlGroup)}`;
		pairs.set(key, [...(pairs.get(key) ?? []), row]);
	}
	for (const [key, group] of pairs) {
		const [b, a] = key.split('>');
		const modes = [...new Set(group.map((r) => carryLabel[r.carryover]))].join(', ');
		body.push(`${nodeId('b', b!)} -->|"${mermaidLabel(`${group.length} × ${modes}`)}"| ${nodeId('a', a!)}`);
	}
	const alt = backend.map((g) => ({
		label: g,
		children: aiml
			.filter((a) => rows.some((r) => r.backendGroup === g && r.aimlGroup === a))
			.map((a) => ({
				label: `to ${a}`,
				children: rows
					.filter((r) => r.backendGroup === g && r.aimlGroup === a)
					.map((r) => {
						const skill = graph.entries.skill.get(r.skill);
						const text = `${r.backend} → ${r.aiml} (${carryLabel[r.carryover]})`;
						return skill ? entryAlt(skill, { label: text, note: skill.title }) : { label: text };
					}),
			})),
	}));
	return { id: 'transition-map', title: 'The transition map: which backend skill groups lead to which AI/ML skill groups', source: flowchart('LR', body), alt };
}
