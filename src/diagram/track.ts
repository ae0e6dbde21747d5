import type { EntryNode, RoadmapGraph } from '../graph/model.ts';
import { flowchart, nodeLines } from './flowchart.ts';
import { entryAlt, entryNode, resolve } from './nodes.ts';
import type { DiagramSpec } from './types.ts';

/** One track: its phases in order, then the roles it prepares for first, then those reachable later. */
export function trackDiagram(graph: RoadmapGraph, track: EntryNode<'track'>): DiagramSpec {
	const phases = resolve(graph, 'phase', track.data.phases);
	const roles = resolve(graph, 'role', track.data.roles);
	const later = resolve(graph, 'role', track.data.laterRoles);
	const self = entryNode(track, { shape: 'stadium', cls: 'focus' });
	const body = [...nodeLines(self)];
	let previous = self.id;
	for (const phase of phases) {
		const node = entryNode(phase, { label: [...(entryNode(phase).label as string[]), `${phase.data.skills.length} skills`] });
		body.push(...nodeLines(node), `  ${previous} --> ${node.id}`);
		previous = node.id;
	}
	for (const role of roles) body.push(...nodeLines(entryNode(role, { shape: 'round' })), `  ${previous} -->|"first role"| ${entryNode(role).id}`);
	for (const role of later) {
		body.push(...nodeLines(entryNode(role, { shape: 'round', cls: 'outside' })));
		for (const first of roles) body.push(`  ${entryNode(first).id} -.->|"later"| ${entryNode(role).id}`);
	}
	const alt = [
		entryAlt(track, {
			children: [
				{ label: 'Phases, in order', children: phases.map((p) => entryAlt(p, { note: `${p.data.skills.length} skills` })) },
				{ label: 'Prepares for', children: roles.map((r) => entryAlt(r)) },
				...(later.length ? [{ label: 'Later, after a first role', children: later.map((r) => entryAlt(r)) }] : []),
			],
		}),
	];
	return { id: `track-${track.id}`, title: `The ${track.title}: phases in order and the roles they lead to`, source: flowchart('LR', body), alt };
}
