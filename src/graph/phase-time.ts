import type { Phase } from '../schemas/phase.ts';
import type { Skill } from '../schemas/skill.ts';
import type { RoadmapGraph } from './model.ts';

/**
 * Weeks in a month: 365.25 days / 12 / 7 = 4.348, rounded to 4.35. A month window counts
 * 4.35 weeks, a day window days / 7, a week window its weeks.
 */
export const WEEKS_PER_MONTH = 4.35;

/**
 * How far the lower effort estimate may exceed a phase's budget: 25%. Our own call. The upper
 * estimate is for a reader who lacks the adjacent backend skill, so requiring it to fit would
 * reject most windows the sources give; requiring the lower one to fit within a quarter catches a
 * phase that cannot be done in its window even by a fast reader, while allowing for windows
 * rounded to whole units and for a week with a few extra hours. The page shows both ends, so a
 * slower reader sees the overrun.
 */
export const TOLERANCE = 0.25;

/** The time arithmetic of one phase, as its page shows it and the rule checks it. */
export interface PhaseTime {
	/** Summed effort of the phase's skills, focused hours. */
	effort: { min: number; max: number };
	/** Window length in weeks, to one decimal. */
	weeks: number;
	/** Study hours a week the plan assumes. */
	hoursPerWeek: number;
	/** weeks x hoursPerWeek, whole hours. */
	budget: number;
	/** budget x (1 + TOLERANCE), whole hours: the most the lower estimate may reach. */
	limit: number;
	/** Whether effort.min is at most limit. */
	fits: boolean;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Length of a window in weeks, to one decimal: "days 1-30" is 4.3, "months 1-2" is 8.7. */
export function windowWeeks(window: Phase['window']): number {
	const units = window.to - window.from + 1;
	return round1(window.unit === 'day' ? units / 7 : window.unit === 'week' ? units : units * WEEKS_PER_MONTH);
}

/** The time arithmetic of a window holding skills of the given efforts at a number of hours a week. */
export function phaseTime(window: Phase['window'], efforts: readonly Skill['effort'][], hoursPerWeek: number): PhaseTime {
	const effort = efforts.reduce((sum, e) => ({ min: sum.min + e.min, max: sum.max + e.max }), { min: 0, max: 0 });
	const weeks = windowWeeks(window);
	const budget = Math.round(weeks * hoursPerWeek);
	const limit = Math.round(budget * (1 + TOLERANCE));
	return { effort, weeks, hoursPerWeek, budget, limit, fits: effort.min <= limit };
}

/** The time arithmetic of a phase in the graph; undefined when its plan is unknown. Unknown skills count as nothing. */
export function phaseTimeOf(graph: RoadmapGraph, phaseId: string): PhaseTime | undefined {
	const phase = graph.entries.phase.get(phaseId);
	const plan = phase && graph.plans.get(phase.data.plan);
	if (!phase || !plan) return undefined;
	const efforts = phase.data.skills.flatMap((id) => graph.entries.skill.get(id)?.data.effort ?? []);
	return phaseTime(phase.data.window, efforts, plan.hoursPerWeek.value);
}
