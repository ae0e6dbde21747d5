import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan/build-plan.ts';
import { planToIcs } from '../../src/plan/ics.ts';
import { escapeText, foldLine } from '../../src/plan/ics-text.ts';
import type { Plan } from '../../src/plan/model.ts';
import { planFixture } from './plan-fixture.ts';

const site = 'https://backend-to-ai.example.org';
const stamp = new Date('2027-01-01T09:30:00Z');
const planOf = (done: string[] = []): Plan => {
	const result = buildPlan(planFixture, { track: 'demo', hoursPerWeek: 6, start: '2027-01-11', done });
	if (!result.ok) throw new Error('bad fixture request');
	return result.plan;
};
const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

describe('planToIcs', () => {
	it('writes one all-day event per phase and one per week, which a real parser reads', () => {
		const plan = planOf();
		const parsed = events(planToIcs(plan, { site, stamp }));
		expect(parsed.length).toBe(plan.phases.length + plan.weeks.length);
		const first = parsed.find((e) => e.summary.startsWith('Phase: Phase one'))!;
		expect(first.startDate.isDate).toBe(true);
		expect([first.startDate.toString(), first.endDate.toString()]).toEqual(['2027-01-11', '2027-02-01']);
		const week3 = parsed.find((e) => e.summary.startsWith('Week 3:'))!;
		expect(week3.summary).toBe('Week 3: Skill c, Skill d');
		expect([week3.startDate.toString(), week3.endDate.toString()]).toEqual(['2027-01-25', '2027-02-01']);
		expect(week3.description).toContain('Phase ends: Phase one');
	});

	it('gives stable, unique UIDs that do not depend on when the file is made', () => {
		const plan = planOf();
		const uids = (at: Date) => events(planToIcs(plan, { site, stamp: at })).map((e) => e.uid);
		expect(uids(stamp)).toEqual(uids(new Date('2030-06-01T00:00:00Z')));
		expect(new Set(uids(stamp)).size).toBe(plan.phases.length + plan.weeks.length);
		expect(uids(stamp)).toContain('demo-2027-01-11-phase-one@backend-to-ai.example.org');
	});

	it('has no event for a phase with nothing left to do', () => {
		const plan = planOf(['a', 'b', 'c']);
		const parsed = events(planToIcs(plan, { site, stamp }));
		expect(parsed.length).toBe(1 + plan.weeks.length);
		expect(parsed.some((e) => e.summary.includes('Phase one'))).toBe(false);
	});
});

describe('iCalendar text', () => {
	it('escapes the characters TEXT values reserve', () => {
		expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
	});

	it('folds at 75 octets without splitting a multi-byte character', () => {
		const line = `SUMMARY:${'é'.repeat(60)}`;
		const folded = foldLine(line).split('\r\n');
		for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
		expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
		expect(foldLine('short')).toBe('short');
	});
});
