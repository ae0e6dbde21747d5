// Reading progress, kept in the reader's browser only. Settled format (v2): per permanent skill id, a
// state (done, in progress, skipped) and the day it was set. Ids are permanent (they survive a page
// move), so progress survives one too. Pure functions, unit-tested; src/progress/client.ts applies them
// to skill, phase and track pages, src/progress/page.ts to /progress/.
//
// v1 (`roadmap-progress:v1`, a JSON array of done ids) stays readable: its ids become `done`, dated the
// day they are migrated (v1 kept no dates). Once v2 is written, v1 is removed (see `migrate`): keeping it
// would bring back every skill the reader later un-marks, at the next load.

/** The localStorage key of the settled format. */
export const PROGRESS_KEY = 'roadmap-progress:v2';
/** The first format's key: read once, folded into v2, then removed. */
export const LEGACY_KEY = 'roadmap-progress:v1';

export const STATES = ['done', 'in-progress', 'skipped'] as const;
export type SkillState = (typeof STATES)[number];
/** A state and the day (YYYY-MM-DD, the reader's local calendar) it was set. */
export interface Mark {
	state: SkillState;
	date: string;
}
/** Skill id -> mark. A skill not in the map is "not started". */
export type Progress = Map<string, Mark>;

/** Limits that keep a hostile value from costing the page much: no roadmap has this many skills. */
export const MAX_SKILLS = 2000;
export const MAX_FILE_BYTES = 256 * 1024;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A permanent id as the content schema defines it (src/schemas/common.ts), at most 100 characters. */
export const isSkillId = (id: unknown): id is string => typeof id === 'string' && id.length <= 100 && ID.test(id);
export const isState = (s: unknown): s is SkillState => (STATES as readonly unknown[]).includes(s);

/** A real calendar day written YYYY-MM-DD, between 2000 and 2999: "2027-02-31" and "2027-2-3" are not. */
export function isDay(date: unknown): date is string {
	if (typeof date !== 'string' || !/^2\d{3}-\d{2}-\d{2}$/.test(date)) return false;
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const day = new Date(Date.UTC(y, m - 1, d));
	return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Today in the reader's own calendar, as YYYY-MM-DD. */
export const today = (now = new Date()): string => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads the entries of a `skills` object, reporting every one that is wrong. Used for what is stored
 * (wrong entries dropped) and for imported files (any wrong entry rejects the file).
 */
export function readSkills(value: unknown): { progress: Progress; problems: string[] } {
	const progress: Progress = new Map();
	const problems: string[] = [];
	if (!isObject(value)) return { progress, problems: ['"skills" is not an object of skill ids'] };
	const entries = Object.entries(value);
	if (entries.length > MAX_SKILLS) return { progress, problems: [`it lists ${entries.length} skills, more than the ${MAX_SKILLS} a progress file can hold`] };
	for (const [id, mark] of entries) {
		const name = JSON.stringify(id.slice(0, 60));
		if (!isSkillId(id)) problems.push(`${name} is not a skill id`);
		else if (!isObject(mark)) problems.push(`${name}: the entry is not {"state": …, "date": …}`);
		else if (!isState(mark.state)) problems.push(`${name}: state ${JSON.stringify(mark.state)?.slice(0, 30)} is not one of ${STATES.join(', ')}`);
		else if (!isDay(mark.date)) problems.push(`${name}: date ${JSON.stringify(mark.date)?.slice(0, 30)} is not a real day written YYYY-MM-DD`);
		else progress.set(id, { state: mark.state, date: mark.date });
	}
	return { progress, problems };
}

/** Parses the stored v2 value; anything unreadable counts as no progress, wrong entries are dropped. */
export function parseProgress(raw: string | null | undefined): Progress {
	if (!raw || raw.length > MAX_FILE_BYTES) return new Map();
	try {
		const value: unknown = JSON.parse(raw);
		return isObject(value) && value.version === 2 ? readSkills(value.skills).progress : new Map();
	} catch {
		return new Map();
	}
}

/** Parses the v1 value (a JSON array of done ids), keeping only well-formed ids. */
export function parseLegacy(raw: string | null | undefined): string[] {
	if (!raw || raw.length > MAX_FILE_BYTES) return [];
	try {
		const value: unknown = JSON.parse(raw);
		return Array.isArray(value) ? [...new Set(value.filter(isSkillId))].slice(0, MAX_SKILLS) : [];
	} catch {
		return [];
	}
}

/** The `skills` object, ids sorted so the value is stable whatever the click order. */
const skillsObject = (progress: Progress) =>
	Object.fromEntries([...progress].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, m]) => [id, { state: m.state, date: m.date }]));

/** The stored form. */
export const serializeProgress = (progress: Progress): string => JSON.stringify({ version: 2, skills: skillsObject(progress) });

/** A copy of `progress` with `id` set to `state` on `date`, or back to "not started" when state is undefined. */
export function withState(progress: Progress, id: string, state: SkillState | undefined, date: string): Progress {
	const next = new Map(progress);
	if (state) next.set(id, { state, date });
	else next.delete(id);
	return next;
}

/** How many of `ids` are in each state. */
export function countStates(progress: Progress, ids: readonly string[]): Record<SkillState, number> {
	const counts = { done: 0, 'in-progress': 0, skipped: 0 };
	for (const id of ids) {
		const mark = progress.get(id);
		if (mark) counts[mark.state]++;
	}
	return counts;
}

/**
 * What a browser's storage holds, both formats read: v2, plus every v1 tick v2 does not have yet (as
 * done, dated `date`). `write` says whether v2 must be written and v1 removed to finish the migration.
 */
export function migrate(v2Raw: string | null, v1Raw: string | null, date: string): { progress: Progress; write: boolean } {
	const progress = parseProgress(v2Raw);
	let write = false;
	for (const id of parseLegacy(v1Raw)) {
		if (!progress.has(id)) progress.set(id, { state: 'done', date });
		write = true;
	}
	return { progress, write: write || v1Raw !== null };
}

/** Reads progress from storage without writing (the plan page, /progress/ before an import). */
export const readProgress = (storage: Pick<Storage, 'getItem'>, date = today()): Progress =>
	migrate(storage.getItem(PROGRESS_KEY), storage.getItem(LEGACY_KEY), date).progress;

/** The result of merging imported marks into the reader's own. */
export interface MergeResult {
	progress: Progress;
	added: string[];
	updated: string[];
	/** Ids whose mark here is as new as the imported one or newer, so it stayed. */
	kept: string[];
}

/**
 * Merge rule: nothing is ever deleted. A skill only in `incoming` is added; a skill in both takes the
 * mark with the later date, and on the same date the mark already here stays.
 */
export function mergeProgress(current: Progress, incoming: Progress): MergeResult {
	const progress = new Map(current);
	const added: string[] = [];
	const updated: string[] = [];
	const kept: string[] = [];
	for (const [id, mark] of incoming) {
		const mine = current.get(id);
		if (!mine) {
			progress.set(id, mark);
			added.push(id);
		} else if (mark.date > mine.date && mark.state !== mine.state) {
			progress.set(id, mark);
			updated.push(id);
		} else if (mark.date > mine.date) progress.set(id, mark);
		else if (mark.state !== mine.state) kept.push(id);
	}
	return { progress, added, updated, kept };
}
