import type { Problem } from '../errors/problem.ts';
import { windowLabel } from './labels.ts';
import type { EntryNode, RoadmapGraph } from './model.ts';
import { phaseTime, phaseTimeOf, TOLERANCE, type PhaseTime } from './phase-time.ts';

import type { Locate } from './check-graph.ts';

/** The smallest `to` of the window, up to ten times its length, at which the phase would fit. */
function widerWindow(phase: EntryNode<'phase'>, time: PhaseTime) {
	const { window } = phase.data;
	const efforts = [{ min: time.effort.min, max: time.effort.max }];
	for (let to = window.to + 1; to <= window.from + (window.to - window.from + 1) * 10; to++) {
		const wider = { ...window, to };
		if (phaseTime(wider, efforts, time.hoursPerWeek).fits) return wider;
	}
	return undefined;
}

/** The smallest whole number of hours a week, up to 80, at which the phase would fit. */
function moreHours(phase: EntryNode<'phase'>, time: PhaseTime) {
	for (let hours = Math.floor(time.hoursPerWeek) + 1; hours <= 80; hours++) {
		if (phaseTime(phase.data.window, [time.effort], hours).fits) return hours;
	}
	return undefined;
}

/**
 * Every phase's summed skill effort must fit its window at its plan's hours a week: the lower
 * estimate may exceed the budget by at most TOLERANCE (src/graph/phase-time.ts says why). A phase
 * whose plan is unknown is left to the reference check.
 */
export function checkPhaseTime(graph: RoadmapGraph, plansFile: string, locate: Locate): Problem[] {
	const problems: Problem[] = [];
	for (const phase of graph.entries.phase.values()) {
		const time = phaseTimeOf(graph, phase.id);
		if (!time || time.fits) continue;
		const { plan } = phase.data;
		const skills = phase.data.skills.flatMap((id) => graph.entries.skill.get(id) ?? []);
		const largest = [...skills].sort((a, b) => b.data.effort.min - a.data.effort.min)[0];
		const room = (graph.phasesOfPlan.get(plan) ?? [])
			.filter((id) => id !== phase.id)
			.map((id) => ({ id, time: phaseTimeOf(graph, id)! }))
			.filter(({ time: t }) => t.limit > t.effort.min)
			.map(({ id, time: t }) => `${id} has ${t.limit - t.effort.min} h to spare`);
		const wider = widerWindow(phase, time);
		const hours = moreHours(phase, time);
		const fixes = [
			largest ? `re-estimate an inflated effort (the largest here: ${largest.id}, ${largest.data.effort.min}–${largest.data.effort.max} h)` : undefined,
			room.length > 0 ? `move a skill to another phase of plan "${plan}" (${room.join('; ')})` : undefined,
			wider ? `widen the window to ${windowLabel(wider).toLowerCase()} and shift the later phases` : undefined,
			hours ? `raise hoursPerWeek.value of plan "${plan}" in ${plansFile} to ${hours}, if a source supports it` : undefined,
		].filter(Boolean);
		problems.push({
			code: 'phase-over-budget',
			file: phase.file,
			line: locate(phase.file, ['skills']),
			field: 'skills',
			message:
				`the ${skills.length} skills sum to ${time.effort.min}–${time.effort.max} focused hours, more than the window holds: ` +
				`the window, ${windowLabel(phase.data.window).toLowerCase()}, is ${time.weeks} week${time.weeks === 1 ? '' : 's'}, at ${time.hoursPerWeek} h a week a budget of ${time.budget} h, ` +
				`and the lower estimate may exceed it by at most ${TOLERANCE * 100}% (${time.limit} h)`,
			hint: `Bring the lower estimate to ${time.limit} h or less: ${fixes.join(', or ')}.`,
		});
	}
	return problems;
}
