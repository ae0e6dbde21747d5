import { parseDate } from './dates.ts';
import { HOURS_RANGE, type PlanData, type PlanProblem, type PlanRequest, type PlanTrack } from './model.ts';

/** A request that passed every check. */
export interface ValidRequest {
	track: PlanTrack;
	hoursPerWeek: number;
	startMs: number;
	start: string;
}

function parseHours(value: number | string): number | undefined {
	const text = String(value).trim();
	return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** Checks every field of a request and reports each bad one; never throws. */
export function validateRequest(data: PlanData, request: PlanRequest): { ok: true; value: ValidRequest } | { ok: false; problems: PlanProblem[] } {
	const problems: PlanProblem[] = [];
	const track = data.tracks.find((t) => t.id === request.track);
	if (!track) {
		problems.push({ field: 'track', message: `Track "${request.track}" does not exist. Choose one of: ${data.tracks.map((t) => t.id).join(', ')}.` });
	}
	const hours = parseHours(request.hoursPerWeek);
	if (hours === undefined || hours < HOURS_RANGE.min || hours > HOURS_RANGE.max) {
		problems.push({ field: 'hours', message: `Hours per week "${request.hoursPerWeek}" is not possible: use a whole number from ${HOURS_RANGE.min} to ${HOURS_RANGE.max}.` });
	}
	const date = parseDate(request.start);
	if (!date.ok) problems.push({ field: 'start', message: `Start date "${request.start}" is not a calendar date: ${date.reason}.` });
	if (problems.length > 0 || !track || hours === undefined || !date.ok) return { ok: false, problems };
	return { ok: true, value: { track, hoursPerWeek: hours, startMs: date.ms, start: request.start } };
}
