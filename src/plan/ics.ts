import { addDays, compactDate, parseDate } from './dates.ts';
import { calendarText, escapeText } from './ics-text.ts';
import type { Plan } from './model.ts';

export interface IcsOptions {
	/** Origin the page links point at, e.g. `https://backend-to-ai.example.org`. */
	site: string;
	/** When the file is made (DTSTAMP). */
	stamp: Date;
}

const dayAfter = (date: string) => addDays((parseDate(date) as { ms: number }).ms, 1);
const utcStamp = (d: Date) => `${d.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/**
 * The plan as an iCalendar file: one all-day event per phase (its first week to its last) and one per
 * week (the skills of that week). UIDs are built from the track, the start date and the phase id or
 * week number, so importing an updated plan with the same start replaces its events instead of
 * duplicating them.
 */
export function planToIcs(plan: Plan, { site, stamp }: IcsOptions): string {
	const host = new URL(site).host;
	const uid = (what: string) => `${plan.track.id}-${plan.start}-${what}@${host}`;
	const url = (href: string) => new URL(href, site).href;
	const event = (id: string, start: string, end: string, summary: string, description: string[], href: string) => [
		'BEGIN:VEVENT',
		`UID:${uid(id)}`,
		`DTSTAMP:${utcStamp(stamp)}`,
		`DTSTART;VALUE=DATE:${compactDate(start)}`,
		`DTEND;VALUE=DATE:${compactDate(dayAfter(end))}`,
		`SUMMARY:${escapeText(summary)}`,
		`DESCRIPTION:${escapeText(description.join('\n'))}`,
		`URL:${url(href)}`,
		'END:VEVENT',
	];

	const phases = plan.phases.flatMap(({ phase, hours, weeks }) =>
		weeks ? event(`phase-${phase.id}`, weeks.start, weeks.end, `Phase: ${phase.title}`, [`${hours} h, weeks ${weeks.first}-${weeks.last} of your ${plan.track.title} plan.`], phase.href) : [],
	);
	const weeks = plan.weeks.flatMap((w) =>
		event(
			`week-${w.week}`,
			w.start,
			w.end,
			`Week ${w.week}: ${w.skills.map((s) => s.skill.title).join(', ')}`,
			[
				...w.skills.map((s) => `${s.skill.title}: ${s.hours} h (${url(s.skill.href)})`),
				...w.phaseEnds.map((p) => `Phase ends: ${p.title}`),
				...(w.rolesReached.length > 0 ? [`Roles reached: ${w.rolesReached.map((r) => r.title).join(', ')}`] : []),
			],
			w.skills[0]?.skill.href ?? plan.track.href,
		),
	);
	return calendarText(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Backend to AI/ML roadmap//Personal plan//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(plan.track.title)}`, ...phases, ...weeks, 'END:VCALENDAR']);
}
