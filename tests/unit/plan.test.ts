import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan/build-plan.ts';
import type { Plan, PlanRequest } from '../../src/plan/model.ts';
import { planFixture } from './plan-fixture.ts';

function plan(request: Partial<PlanRequest> = {}): Plan {
	const result = buildPlan(planFixture, { track: 'demo', hoursPerWeek: 6, start: '2027-01-11', ...request });
	if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
	return result.plan;
}
const ids = (p: Plan) => p.weeks.map((w) => w.skills.map((s) => `${s.skill.id}:${s.hours}`).join(' '));

describe('buildPlan', () => {
	it('lays the skills end to end at the hours a week, splitting skills across weeks', () => {
		const p = plan();
		expect(ids(p)).toEqual(['a:3 b:3', 'b:2 c:4', 'c:3.5 d:2.5', 'd:6', 'd:1.5 e:2']);
		expect(p.totalHours).toBe(27.5);
		expect(p.totalWeeks).toBe(5);
		// Every hour of the track is scheduled once, and no week holds more than the budget.
		for (const w of p.weeks) expect(w.skills.reduce((n, s) => n + s.hours, 0)).toBeLessThanOrEqual(6);
		expect(p.weeks.flatMap((w) => w.skills).reduce((n, s) => n + s.hours, 0)).toBe(27.5);
	});

	it('dates the weeks from the start day, and ends phases and reaches roles on the right week', () => {
		const p = plan();
		expect(p.weeks[0]).toMatchObject({ week: 1, start: '2027-01-11', end: '2027-01-17' });
		expect(p.weeks[4]).toMatchObject({ week: 5, start: '2027-02-08', end: '2027-02-14' });
		expect(p.weeks.map((w) => w.phaseEnds.map((ph) => ph.id))).toEqual([[], [], ['one'], [], ['two']]);
		expect(p.phases.map((s) => [s.phase.id, s.hours, s.weeks?.first, s.weeks?.last, s.weeks?.end])).toEqual([
			['one', 15.5, 1, 3, '2027-01-31'],
			['two', 12, 3, 5, '2027-02-14'],
		]);
		expect(p.weeks.map((w) => w.rolesReached.map((r) => r.id))).toEqual([[], [], [], [], ['engineer']]);
		expect(p.rolesDate).toBe('2027-02-14');
	});

	it('takes fewer weeks with more hours, and ends on a week boundary exactly when the hours fill it', () => {
		expect(plan({ hoursPerWeek: 40 }).totalWeeks).toBe(1);
		expect(plan({ hoursPerWeek: 2 }).totalWeeks).toBe(14);
		// 27.5 h at 11 h a week: 2.5 weeks, so three; phase one (15.5 h) ends in week 2.
		const p = plan({ hoursPerWeek: '11' });
		expect(p.totalWeeks).toBe(3);
		expect(p.phases[0]!.weeks!.last).toBe(2);
	});

	it('counts dates across a year end', () => {
		const p = plan({ start: '2026-12-28' });
		expect(p.weeks.map((w) => [w.start, w.end])).toEqual([
			['2026-12-28', '2027-01-03'],
			['2027-01-04', '2027-01-10'],
			['2027-01-11', '2027-01-17'],
			['2027-01-18', '2027-01-24'],
			['2027-01-25', '2027-01-31'],
		]);
	});

	it.each(['Europe/Berlin', 'America/New_York', 'Australia/Sydney'])('keeps weeks seven days long across a daylight-saving change in %s', (zone) => {
		// Europe moves its clocks on 28 March and 31 October 2027, the US on 14 March, Sydney on 4 April.
		const saved = process.env.TZ;
		process.env.TZ = zone;
		try {
			expect(plan({ start: '2027-03-22' }).weeks.map((w) => w.start)).toEqual(['2027-03-22', '2027-03-29', '2027-04-05', '2027-04-12', '2027-04-19']);
			expect(plan({ start: '2027-03-08' }).weeks[1]!.start).toBe('2027-03-15');
			expect(plan({ start: '2027-10-25' }).weeks[0]!.end).toBe('2027-10-31');
		} finally {
			process.env.TZ = saved;
		}
	});

	it('leaves out skills already done and lists them as skipped', () => {
		const p = plan({ done: ['b', 'd', 'not-in-this-track'] });
		expect(ids(p)).toEqual(['a:3 c:3', 'c:4.5 e:1.5', 'e:0.5']);
		expect(p.skipped.map((s) => s.id)).toEqual(['b', 'd']);
		expect(p.totalHours).toBe(12.5);
	});

	it('gives a phase whose skills are all done zero hours and no weeks, and moves on to the next', () => {
		const p = plan({ done: ['a', 'b', 'c'] });
		expect(p.phases[0]).toEqual({ phase: planFixture.phases.one, hours: 0 });
		expect(p.phases[1]!.weeks).toMatchObject({ first: 1, last: 2, start: '2027-01-11' });
		expect(p.weeks.flatMap((w) => w.phaseEnds.map((ph) => ph.id))).toEqual(['two']);
		expect(ids(p)[0]).toBe('d:6');
	});

	it('reaches the roles on the start day when everything is done', () => {
		const p = plan({ done: ['a', 'b', 'c', 'd', 'e'] });
		expect(p.weeks).toEqual([]);
		expect([p.totalHours, p.totalWeeks, p.rolesDate]).toEqual([0, 0, '2027-01-11']);
	});
});

describe('buildPlan on bad input', () => {
	const problems = (request: Partial<PlanRequest>) => {
		const result = buildPlan(planFixture, { track: 'demo', hoursPerWeek: 6, start: '2027-01-11', ...request });
		return result.ok ? [] : result.problems;
	};

	it('rejects hours outside 2 to 40, fractions and words', () => {
		for (const hours of [0, 1, 41, '6.5', 'six', '', -3]) expect(problems({ hoursPerWeek: hours }).map((p) => p.field), String(hours)).toEqual(['hours']);
		expect(problems({ hoursPerWeek: 0 })[0]!.message).toBe('Hours per week "0" is not possible: use a whole number from 2 to 40.');
		for (const hours of [2, 40, '8']) expect(problems({ hoursPerWeek: hours })).toEqual([]);
	});

	it('rejects dates that are not on the calendar, saying why', () => {
		expect(problems({ start: '2027-02-31' })).toEqual([{ field: 'start', message: 'Start date "2027-02-31" is not a calendar date: February 2027 has 28 days.' }]);
		expect(problems({ start: '2028-02-29' })).toEqual([]);
		expect(problems({ start: '2027-13-01' })[0]!.message).toContain('there is no month 13');
		expect(problems({ start: '11/01/2027' })[0]!.message).toContain('expected a date as YYYY-MM-DD');
	});

	it('rejects an unknown track, naming the known ones, and reports every bad field at once', () => {
		expect(problems({ track: 'nope', hoursPerWeek: 0, start: 'x' })).toEqual([
			{ field: 'track', message: 'Track "nope" does not exist. Choose one of: demo, other.' },
			expect.objectContaining({ field: 'hours' }),
			expect.objectContaining({ field: 'start' }),
		]);
	});
});
