import type { PlanData } from '../../src/plan/model.ts';

const skill = (id: string, hours: number) => ({ id, title: `Skill ${id}`, href: `/skills/${id}/`, hours });

/**
 * A small track: phase one holds 3 + 5 + 7.5 h, phase two 10 + 2 h. At 6 h a week the line of hours is
 * a 0-3, b 3-8, c 8-15.5 | d 15.5-25.5, e 25.5-27.5, so 5 weeks.
 */
export const planFixture: PlanData = {
	tracks: [
		{ id: 'demo', title: 'Demo track', href: '/tracks/demo/', phases: ['one', 'two'], roles: ['engineer'] },
		{ id: 'other', title: 'Other track', href: '/tracks/other/', phases: ['two'], roles: [] },
	],
	phases: {
		one: { id: 'one', title: 'Phase one', href: '/phases/one/', skills: ['a', 'b', 'c'] },
		two: { id: 'two', title: 'Phase two', href: '/phases/two/', skills: ['d', 'e'] },
	},
	skills: { a: skill('a', 3), b: skill('b', 5), c: skill('c', 7.5), d: skill('d', 10), e: skill('e', 2) },
	roles: { engineer: { id: 'engineer', title: 'Engineer', href: '/roles/engineer/' } },
};
