// Reading progress, kept in the reader's browser only. Settled format (v2): per permanent skill id, a
// state (done, in progress, skipped) and the day it was set. Ids are permanent (they survive a page
// move), so progress survives one too. Pure functions, unit-tested; src/progress/client.ts applies them
// to skill, phase and track pages, src/progress/page.ts to /progress/. This module holds what reading
// needs (the plan page loads it too); changing progress is in src/progress/edit.ts.
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
	if (typeof date !== 'string' || !/^2\d{3}-\d\d-\d\d$/.test(date)) return false;
	const time = Date.parse(`${date}T00:00Z`);
	// An impossible day (31 February) is either refused by the parser or rolled into the next month.
	return time === time && new Date(time).toISOString().startsWith(date);
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON from storage, or undefined when absent, oversized or unreadable. */
const json = (raw: string | null | undefined): unknown => {
	try {
		return raw && raw.length <= MAX_FILE_BYTES ? JSON.parse(raw) : undefined;
	} catch {
		return undefined;
	}
};

/** Whether a stored or imported entry is a well-formed mark. */
export const isMark = (mark: unknown): mark is Mark => isObject(mark) && isState(mark.state) && isDay(mark.date);

/** Parses the stored v2 value; anything unreadable counts as no progress, wrong entries are dropped. */
export function parseProgress(raw: string | null | undefined): Progress {
	const value = json(raw);
	const progress: Progress = new Map();
	const entries = isObject(value) && value.version === 2 && isObject(value.skills) ? Object.entries(value.skills) : [];
	if (entries.length <= MAX_SKILLS) for (const [id, m] of entries) if (isSkillId(id) && isMark(m)) progress.set(id, { state: m.state, date: m.date });
	return progress;
}

/** Parses the v1 value (a JSON array of done ids), keeping only well-formed ids. */
export function parseLegacy(raw: string | null | undefined): string[] {
	const value = json(raw);
	return Array.isArray(value) ? [...new Set(value.filter(isSkillId))].slice(0, MAX_SKILLS) : [];
}

/**
 * What a browser's storage holds, both formats read: v2, plus every v1 tick v2 does not have yet (as
 * done, dated `date`). `write` says whether v2 must be written and v1 removed to finish the migration.
 */
export function migrate(v2Raw: string | null, v1Raw: string | null, date: string, aliases: IdAliases = {}): { progress: Progress; write: boolean } {
	const progress = parseProgress(v2Raw);
	let write = false;
	for (const id of parseLegacy(v1Raw)) {
		if (!progress.has(id)) progress.set(id, { state: 'done', date });
		write = true;
	}
	const renamed = applyAliases(progress, aliases);
	return { progress, write: write || renamed || v1Raw !== null };
}

/** Old permanent id -> the id that replaced it (`ids:` in content/data/redirects.yaml). */
export type IdAliases = Record<string, string>;

/**
 * Moves marks stored under a retired id to the id that replaced it, so a renamed skill keeps its
 * reader's progress. Where both ids hold a mark, the later date wins (on a tie, the current id's).
 * Changes `progress` in place; returns whether anything moved.
 */
export function applyAliases(progress: Progress, aliases: IdAliases): boolean {
	let moved = false;
	for (const [from, mark] of [...progress]) {
		const to = Object.hasOwn(aliases, from) ? aliases[from] : undefined;
		if (!to || to === from || !isSkillId(to)) continue;
		const current = progress.get(to);
		if (!current || mark.date > current.date) progress.set(to, mark);
		progress.delete(from);
		moved = true;
	}
	return moved;
}

/** Parses the alias map a page carries; anything malformed counts as none. */
export function parseAliases(raw: string | null | undefined): IdAliases {
	const value = json(raw);
	return isObject(value) ? Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => isSkillId(e[0]) && isSkillId(e[1]))) : {};
}

/** Reads progress from storage without writing (the plan page, /progress/); v1 ticks get `date`. */
export const readProgress = (storage: Pick<Storage, 'getItem'>, date: string, aliases: IdAliases = {}): Progress =>
	migrate(storage.getItem(PROGRESS_KEY), storage.getItem(LEGACY_KEY), date, aliases).progress;
