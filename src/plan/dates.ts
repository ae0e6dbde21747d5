// Calendar dates as YYYY-MM-DD strings, computed in UTC so a daylight-saving change can never move a day:
// a UTC day is always 24 hours long.

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month (1-12) of a year, by the Gregorian calendar. */
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Parses a calendar date. Returns the UTC midnight in milliseconds, or a reason the text is not one:
 * a wrong form ("11/01/2027") or a day the month does not have ("2027-02-31").
 */
export function parseDate(text: string): { ok: true; ms: number } | { ok: false; reason: string } {
	const match = ISO_DATE.exec(text);
	if (!match) return { ok: false, reason: 'expected a date as YYYY-MM-DD, e.g. 2027-01-11' };
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12) return { ok: false, reason: `there is no month ${match[2]}` };
	const days = daysInMonth(year, month);
	if (day < 1 || day > days) return { ok: false, reason: `${monthName(month)} ${year} has ${days} days` };
	return { ok: true, ms: Date.UTC(year, month - 1, day) };
}

/** The date `days` days after `ms` (UTC midnight), as YYYY-MM-DD. */
export const addDays = (ms: number, days: number): string => new Date(ms + days * DAY_MS).toISOString().slice(0, 10);

/** YYYY-MM-DD -> YYYYMMDD, the iCalendar DATE form. */
export const compactDate = (date: string): string => date.replaceAll('-', '');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthName = (month: number) => MONTHS[month - 1]!;

/** A date for readers, e.g. "11 Jan 2027", independent of the browser's locale and time zone. */
export function readableDate(date: string): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	return `${day} ${monthName(month).slice(0, 3)} ${year}`;
}
