import { addDays } from './dates.ts';
import type { PhaseSpan, Plan, PlanData, PlanLink, PlanPhase, PlanRequest, PlanResult, PlanSkill, PlanWeek } from './model.ts';
import { validateRequest } from './validate.ts';

/** A stretch of the plan's hours, counted in half hours so midpoints such as 7.5 h stay whole numbers. */
interface Stretch<T> {
	item: T;
	from: number;
	to: number;
}

/**
 * A dated, week-by-week plan for a track. The track's phases are walked in order and their skills in
 * order; each skill not yet done takes the midpoint of its effort range, laid end to end at the given
 * hours a week, so a skill may span weeks and a week may hold several skills. Week 1 starts on `start`.
 * Never throws: a bad request returns every problem with it.
 */
export function buildPlan(data: PlanData, request: PlanRequest): PlanResult {
	const checked = validateRequest(data, request);
	if (!checked.ok) return checked;
	const { track, hoursPerWeek, startMs, start } = checked.value;
	const done = new Set(request.done ?? []);
	const perWeek = hoursPerWeek * 2;

	// Lay the remaining skills end to end, phase by phase.
	const skills: Stretch<PlanSkill>[] = [];
	const phases: Stretch<PlanPhase>[] = [];
	const skipped: PlanSkill[] = [];
	let cursor = 0;
	for (const phase of track.phases.flatMap((id) => data.phases[id] ?? [])) {
		const from = cursor;
		for (const skill of phase.skills.flatMap((id) => data.skills[id] ?? [])) {
			if (done.has(skill.id)) skipped.push(skill);
			else skills.push({ item: skill, from: cursor, to: (cursor += Math.round(skill.hours * 2)) });
		}
		phases.push({ item: phase, from, to: cursor });
	}

	// Cut the line into weeks.
	const totalWeeks = Math.ceil(cursor / perWeek);
	const weekEnding = (at: number) => Math.ceil(at / perWeek);
	const firstDay = (week: number) => addDays(startMs, (week - 1) * 7);
	const lastDay = (week: number) => addDays(startMs, week * 7 - 1);
	const roles: PlanLink[] = track.roles.flatMap((id) => data.roles[id] ?? []);
	const weeks: PlanWeek[] = [];
	for (let week = 1; week <= totalWeeks; week++) {
		const [lo, hi] = [(week - 1) * perWeek, week * perWeek];
		weeks.push({
			week,
			start: firstDay(week),
			end: lastDay(week),
			skills: skills.filter((s) => s.from < hi && s.to > lo).map((s) => ({ skill: s.item, hours: (Math.min(s.to, hi) - Math.max(s.from, lo)) / 2 })),
			phaseEnds: phases.filter((p) => p.to > p.from && weekEnding(p.to) === week).map((p) => p.item),
			rolesReached: week === totalWeeks ? roles : [],
		});
	}

	const spans: PhaseSpan[] = phases.map(({ item, from, to }) => {
		if (to === from) return { phase: item, hours: 0 };
		const [first, last] = [Math.floor(from / perWeek) + 1, weekEnding(to)];
		return { phase: item, hours: (to - from) / 2, weeks: { first, last, start: firstDay(first), end: lastDay(last) } };
	});
	const plan: Plan = {
		track,
		hoursPerWeek,
		start,
		weeks,
		phases: spans,
		roles,
		rolesDate: totalWeeks > 0 ? lastDay(totalWeeks) : start,
		totalHours: cursor / 2,
		totalWeeks,
		skipped,
	};
	return { ok: true, plan };
}
