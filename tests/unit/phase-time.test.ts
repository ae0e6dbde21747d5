import { describe, expect, it } from 'vitest';
import { phaseTime, phaseTimeOf, windowWeeks } from '../../src/graph/phase-time.ts';
import { baseData, checkFixture, hoursPerWeek, page, phase, skill, track, validSite } from '../support/fixtures.ts';

describe('windowWeeks', () => {
	it('counts days in sevenths, weeks as they are and months at 4.35 weeks', () => {
		expect(windowWeeks({ unit: 'day', from: 1, to: 30 })).toBe(4.3);
		expect(windowWeeks({ unit: 'day', from: 91, to: 180 })).toBe(12.9);
		expect(windowWeeks({ unit: 'week', from: 11, to: 13 })).toBe(3);
		expect(windowWeeks({ unit: 'week', from: 2, to: 2 })).toBe(1);
		expect(windowWeeks({ unit: 'month', from: 1, to: 2 })).toBe(8.7);
		expect(windowWeeks({ unit: 'month', from: 7, to: 7 })).toBe(4.4);
	});
});

describe('phaseTime', () => {
	it('sums the efforts and computes the budget and the 25% limit from the shown weeks', () => {
		const time = phaseTime({ unit: 'day', from: 1, to: 30 }, [{ min: 10, max: 20 }, { min: 8, max: 16 }], 10);
		expect(time).toEqual({ effort: { min: 18, max: 36 }, weeks: 4.3, hoursPerWeek: 10, budget: 43, limit: 54, fits: true });
	});

	it('fits while the lower estimate is at most the limit, and not one hour beyond', () => {
		const window = { unit: 'week', from: 1, to: 4 } as const;
		expect(phaseTime(window, [{ min: 50, max: 200 }], 10).fits).toBe(true);
		expect(phaseTime(window, [{ min: 51, max: 60 }], 10).fits).toBe(false);
	});

	it('gives an empty phase no effort, and it fits', () => {
		expect(phaseTime({ unit: 'month', from: 1, to: 1 }, [], 6)).toMatchObject({ effort: { min: 0, max: 0 }, budget: 26, fits: true });
	});

	it('reads the phase, its skills and its plan from the graph', () => {
		const { graph } = checkFixture(validSite());
		expect(phaseTimeOf(graph, 'phase-a')).toMatchObject({ effort: { min: 2, max: 4 }, hoursPerWeek: 10, budget: 43 });
		expect(phaseTimeOf(graph, 'no-such-phase')).toBeUndefined();
	});
});

describe('the phase-over-budget rule', () => {
	const overBudget = (extra: Record<string, unknown>) => {
		const pages = validSite();
		pages[0] = page('skills/a.mdx', skill('skill-a', { effort: { min: 60, max: 90 } }));
		pages[2] = page('phases/p.mdx', phase('phase-a', ['skill-a', 'skill-b'], extra));
		return checkFixture(pages).problems;
	};

	it('reports the phase with the numbers and the smallest fixes', () => {
		const [problem, ...rest] = overBudget({});
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ code: 'phase-over-budget', file: 'content/docs/phases/p.mdx', field: 'skills' });
		expect(problem?.line).toBeGreaterThan(1);
		expect(problem?.message).toMatchInlineSnapshot(`"the 2 skills sum to 61–92 focused hours, more than the window holds: the window, days 1–30, is 4.3 weeks, at 10 h a week a budget of 43 h, and the lower estimate may exceed it by at most 25% (54 h)"`);
		expect(problem?.hint).toMatchInlineSnapshot(`"Bring the lower estimate to 54 h or less: re-estimate an inflated effort (the largest here: skill-a, 60–90 h), or widen the window to days 1–34 and shift the later phases, or raise hoursPerWeek.value of plan "plan-a" in content/data/plans.yaml to 12, if a source supports it."`);
	});

	it('passes the same skills in a window long enough for them', () => {
		expect(overBudget({ window: { unit: 'day', from: 1, to: 34 } })).toEqual([]);
	});

	it('passes them at more hours a week', () => {
		const pages = validSite();
		pages[0] = page('skills/a.mdx', skill('skill-a', { effort: { min: 60, max: 90 } }));
		const plans = [{ id: 'plan-a', title: 'Plan A', unit: 'day', summary: 's', hoursPerWeek: { ...hoursPerWeek, value: 12 }, sources: [{ source: 'src-a' }] }];
		expect(checkFixture(pages, { ...baseData, 'plans.yaml': plans }).problems).toEqual([]);
	});

	it('names a phase of the same plan that has room', () => {
		const pages = validSite();
		pages[0] = page('skills/a.mdx', skill('skill-a', { effort: { min: 60, max: 90 } }));
		pages[3] = page('tracks/t.mdx', track('track-a', ['phase-a', 'phase-b']));
		pages.push(page('skills/c.mdx', skill('skill-c')), page('phases/q.mdx', phase('phase-b', ['skill-c'], { order: 2, window: { unit: 'day', from: 31, to: 60 } })));
		const [problem, ...rest] = checkFixture(pages).problems;
		expect(rest).toEqual([]);
		expect(problem?.hint).toContain('move a skill to another phase of plan "plan-a" (phase-b has 53 h to spare)');
	});
});

describe('a plan\'s hoursPerWeek', () => {
	// Only the problems in plans.yaml: an invalid plans.yaml also leaves the phases' plan unresolved.
	const withPlan = (plan: Record<string, unknown>) =>
		checkFixture(validSite(), { ...baseData, 'plans.yaml': [{ id: 'plan-a', title: 'Plan A', unit: 'day', summary: 's', sources: [{ source: 'src-a' }], ...plan }] }).problems.filter(
			(p) => p.file === 'content/data/plans.yaml',
		);

	it('is required', () => {
		expect(withPlan({}).map((p) => `${p.code} ${p.field}`)).toEqual(['missing-field [0].hoursPerWeek']);
	});

	it('takes a citation whose source must exist, or "ours"', () => {
		expect(withPlan({ hoursPerWeek: { value: 10, basis: 'b', source: { source: 'src-a', locator: 'l' } } })).toEqual([]);
		const [problem] = withPlan({ hoursPerWeek: { value: 10, basis: 'b', source: { source: 'src-z' } } });
		expect(problem).toMatchObject({ code: 'unknown-reference', field: '[0].hoursPerWeek.source.source', message: 'unknown source "src-z"' });
		expect(withPlan({ hoursPerWeek: { value: 10, basis: 'b', source: 'mine' } }).map((p) => p.field)).toEqual(['[0].hoursPerWeek.source']);
	});
});
