// What the plan table and its summary show, computed once for both renderers: the Astro component
// (the plans built into the page) and the island (the reader's own plan).
import { readableDate } from './dates.ts';
import type { Plan } from './model.ts';

export interface RowLink {
	text: string;
	href: string;
	/** Muted text after the link, e.g. "4 h". */
	note?: string | undefined;
}

export interface PlanRow {
	id: string;
	week: string;
	/** "11 Jan 2027 – 17 Jan 2027"; absent in a plan shown by week numbers only. */
	dates?: string | undefined;
	skills: RowLink[];
	phaseEnds: RowLink[];
	roles: RowLink[];
}

/** Column labels, in order; the first labels the row headers. */
export const planColumns = (dates: boolean): string[] => ['Week', ...(dates ? ['Dates'] : []), 'Skills (hours that week)', 'Phase ends', 'Roles reached'];

const hours = (n: number) => `${n} h`;

export const planRows = (plan: Plan, dates: boolean): PlanRow[] =>
	plan.weeks.map((w) => ({
		id: `week-${w.week}`,
		week: `Week ${w.week}`,
		dates: dates ? `${readableDate(w.start)} – ${readableDate(w.end)}` : undefined,
		skills: w.skills.map((s) => ({ text: s.skill.title, href: s.skill.href, note: hours(s.hours) })),
		phaseEnds: w.phaseEnds.map((p) => ({ text: p.title, href: p.href })),
		roles: w.rolesReached.map((r) => ({ text: r.title, href: r.href })),
	}));

const list = (items: string[]) => items.join(', ');

/** The sentences above the table: total, end, roles, phases with nothing left, skills left out. */
export function planSummary(plan: Plan, dates: boolean): string[] {
	const end = plan.totalWeeks === 0 ? 'nothing is left to schedule' : dates ? `${readableDate(plan.start)} to ${readableDate(plan.rolesDate)}` : `weeks 1 to ${plan.totalWeeks}`;
	const roles = list(plan.roles.map((r) => r.title));
	const reach = dates ? `on ${readableDate(plan.rolesDate)}` : plan.totalWeeks === 0 ? 'now' : `at the end of week ${plan.totalWeeks}`;
	const finished = plan.phases.filter((p) => !p.weeks).map((p) => p.phase.title);
	return [
		`${plan.totalHours} hours over ${plan.totalWeeks} weeks at ${plan.hoursPerWeek} hours a week: ${end}.`,
		...(roles ? [`You are ready to apply for ${roles} ${reach}.`] : []),
		...(finished.length > 0 ? [`Already done: ${list(finished)} (every skill marked done).`] : []),
		...(plan.skipped.length > 0 ? [`Left out because you marked them done: ${list(plan.skipped.map((s) => s.title))}.`] : []),
	];
}
