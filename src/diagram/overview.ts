import type { RoadmapGraph } from '../graph/model.ts';
import { nodeId } from './escape.ts';
import { flowchart, nodeLines } from './flowchart.ts';
import { columnId, lane } from './lanes.ts';
import { entryAlt, entryNode, resolve } from './nodes.ts';
import type { DiagramSpec } from './types.ts';

/**
 * The whole roadmap: one lane per plan, its phases in order with their skills. Each track starts from
 * a node in the lane of its first phase; a track that borrows phases of another plan is named on them
 * (links between lanes would break mermaid's lane layout).
 */
export function overviewDiagram(graph: RoadmapGraph): DiagramSpec {
	const tracks = [...graph.entries.track.values()];
	const plans = graph.data.plans.filter((p) => (graph.phasesOfPlan.get(p.id) ?? []).length > 0);
	const body: string[] = [];
	for (const plan of plans) {
		const phases = resolve(graph, 'phase', graph.phasesOfPlan.get(plan.id) ?? []);
		const starting = tracks.filter((t) => phases.some((p) => p.id === t.data.phases[0]));
		const starts = starting.flatMap((t) => {
			const first = graph.entries.phase.get(t.data.phases[0]!)!;
			return [...nodeLines(entryNode(t, { shape: 'stadium', cls: 'focus' })), `  ${entryNode(t).id} --> ${columnId(first)}`];
		});
		// A track that joins this plan part-way is named on the phases it borrows.
		const joining = (phaseId: string) => resolve(graph, 'track', graph.tracksOfPhase.get(phaseId) ?? []).filter((t) => !starting.includes(t));
		const columns = phases.map((phase) => ({
			phase,
			head: joining(phase.id).map((t) => `also on the ${t.title}`),
			items: resolve(graph, 'skill', phase.data.skills).map((s) => entryNode(s)),
		}));
		body.push(...lane(nodeId('plan', plan.id), plan.title, columns, starts));
	}
	// Lanes stack top to bottom.
	body.push(...plans.slice(1).map((p, i) => `${nodeId('plan', plans[i]!.id)} ~~~ ${nodeId('plan', p.id)}`));
	const alt = [
		...plans.map((plan) => ({
			label: plan.title,
			children: resolve(graph, 'phase', graph.phasesOfPlan.get(plan.id) ?? []).map((phase) =>
				entryAlt(phase, { children: resolve(graph, 'skill', phase.data.skills).map((s) => entryAlt(s)) }),
			),
		})),
		{ label: 'Tracks', children: tracks.map((t) => entryAlt(t, { children: resolve(graph, 'phase', t.data.phases).map((p) => entryAlt(p)) })) },
	];
	return { id: 'overview', title: 'The roadmap at a glance: plans, their phases and skills, and where each track runs', source: flowchart('TB', body), alt };
}
