import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan/build-plan.ts';
import type { Plan } from '../../src/plan/model.ts';
import { readDoneSkills } from '../../src/plan/progress-adapter.ts';
import { readQuery, writeQuery } from '../../src/plan/query.ts';
import { planColumns, planRows, planSummary } from '../../src/plan/rows.ts';
import { planFixture } from './plan-fixture.ts';

const planOf = (done: string[] = []): Plan => {
	const result = buildPlan(planFixture, { track: 'demo', hoursPerWeek: 6, start: '2027-01-11', done });
	if (!result.ok) throw new Error('bad fixture request');
	return result.plan;
};

describe('planRows and planSummary', () => {
	it('give each week its dates, skills with their hours, phase ends and roles', () => {
		const rows = planRows(planOf(), true);
		expect(rows[2]).toEqual({
			id: 'week-3',
			week: 'Week 3',
			dates: '25 Jan 2027 – 31 Jan 2027',
			skills: [
				{ text: 'Skill c', href: '/skills/c/', note: '3.5 h' },
				{ text: 'Skill d', href: '/skills/d/', note: '2.5 h' },
			],
			phaseEnds: [{ text: 'Phase one', href: '/phases/one/' }],
			roles: [],
		});
		expect(rows[4]!.roles).toEqual([{ text: 'Engineer', href: '/roles/engineer/' }]);
		expect(planRows(planOf(), false)[0]!.dates).toBeUndefined();
		expect(planColumns(false)).not.toContain('Dates');
	});

	it('sum up the plan in dates, or in weeks for the built-in plans', () => {
		expect(planSummary(planOf(), true)).toEqual(['27.5 hours over 5 weeks at 6 hours a week: 11 Jan 2027 to 14 Feb 2027.', 'You are ready to apply for Engineer on 14 Feb 2027.']);
		expect(planSummary(planOf(), false)[1]).toBe('You are ready to apply for Engineer at the end of week 5.');
	});

	it('name a phase with nothing left and the skills left out', () => {
		expect(planSummary(planOf(['a', 'b', 'c']), true).slice(2)).toEqual(['Already done: Phase one (every skill marked done).', 'Left out because you marked them done: Skill a, Skill b, Skill c.']);
	});
});

describe('plan query', () => {
	it('round-trips the three values and ignores a URL that asks for no plan', () => {
		const query = { track: 'demo', hours: '6', start: '2027-01-11' };
		expect(writeQuery(query)).toBe('?track=demo&hours=6&start=2027-01-11');
		expect(readQuery(writeQuery(query))).toEqual(query);
		expect(readQuery('?hours=0')).toEqual({ hours: '0' });
		expect(readQuery('')).toBeUndefined();
		expect(readQuery('?utm_source=mail')).toBeUndefined();
	});
});

describe('readDoneSkills', () => {
	it('reads the v1 store, and counts blocked or foreign storage as nothing done', () => {
		expect(readDoneSkills({ getItem: () => '["a","b"]' })).toEqual(new Set(['a', 'b']));
		expect(readDoneSkills({ getItem: () => '{"a":true}' })).toEqual(new Set());
		expect(readDoneSkills({ getItem: () => { throw new DOMException('blocked', 'SecurityError'); } })).toEqual(new Set());
		expect(readDoneSkills(undefined)).toEqual(new Set());
	});
});
