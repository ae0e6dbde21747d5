import type { RoadmapGraph } from '../graph/model.ts';
import { readabilityBudget } from './budget.ts';
import { nodeId } from './escape.ts';
import { flowchart } from './flowchart.ts';
import { lane, type Column } from './lanes.ts';
import { entryAlt, entryNode, resolve } from './nodes.ts';
import type { DiagramSpec } from './types.ts';

export const ninetyDayPlan = 'ninety-day-applied';
export const sevenMonthPlan = 'seven-month-ml';

/** The 90-day plan week by week: each phase a column of its weeks, each week with its artifact. */
export function ninetyDayDiagram(graph: RoadmapGraph): DiagramSpec | undefined {
	const plan = graph.plans.get(ninetyDayPlan);
	if (!plan) return undefined;
	const phases = resolve(graph, 'phase', graph.phasesOfPlan.get(plan.id) ?? []).filter((p) => graph.data.timeline.some((w) => w.phase === p.id));
	const weeks = (phaseId: string) => graph.data.timeline.filter((w) => w.phase === phaseId).sort((a, b) => a.week - b.week);
	const columns = phases.map((phase) => ({
		phase,
		items: weeks(phase.id).map((w) => ({ id: nodeId('w', String(w.week)), label: [`Week ${w.week}`, w.artifact], shape: 'round' as const })),
	}));
	const alt = phases.map((phase) => entryAlt(phase, { children: weeks(phase.id).map((w) => ({ label: `Week ${w.week}: ${w.artifact}`, note: w.focus })) }));
	return { id: 'timeline-ninety-day', title: `${plan.title}, week by week, with the artifact each week ships`, source: flowchart('TB', lane(nodeId('plan', plan.id), plan.title, columns)), alt };
}

/**
 * Columns cut to the readability budget: when the phases and their items exceed `maxNodes`, each column
 * keeps an even share of items and ends in a dashed node that counts the rest and links to the phase's
 * list. Pure.
 */
export function capColumns(columns: readonly Column[], maxNodes: number = readabilityBudget.maxNodes): Column[] {
	const total = columns.length + columns.reduce((n, c) => n + c.items.length, 0);
	if (total <= maxNodes || columns.length === 0) return [...columns];
	const share = Math.max(0, Math.floor((maxNodes - columns.length) / columns.length) - 1);
	return columns.map((c) => {
		if (c.items.length <= share + 1) return c;
		const rest = c.items.length - share;
		const more = { id: nodeId('more', c.phase.id), label: `${rest} more skill${rest === 1 ? '' : 's'}: see the phase`, href: `${c.phase.href}#skills-in-this-phase`, cls: 'outside' as const };
		return { ...c, items: [...c.items.slice(0, share), more] };
	});
}

/** The seven-month path: its four stages in order, each with its skills (capped by {@link capColumns}; the text version lists all). */
export function sevenMonthDiagram(graph: RoadmapGraph): DiagramSpec | undefined {
	const plan = graph.plans.get(sevenMonthPlan);
	if (!plan) return undefined;
	const phases = resolve(graph, 'phase', graph.phasesOfPlan.get(plan.id) ?? []);
	const columns = phases.map((phase) => ({ phase, items: resolve(graph, 'skill', phase.data.skills).map((s) => entryNode(s)) }));
	const alt = phases.map((phase) => entryAlt(phase, { children: resolve(graph, 'skill', phase.data.skills).map((s) => entryAlt(s)) }));
	return { id: 'timeline-seven-month', title: `${plan.title}: its stages month by month, with their skills`, source: flowchart('TB', lane(nodeId('plan', plan.id), plan.title, capColumns(columns))), alt };
}
