// Moving progress between browsers: a small versioned JSON file, and a share link whose progress lives in
// the URL fragment (browsers never send the fragment to a server, so nothing leaves the browser). Pure
// functions, unit-tested; src/progress/page.ts uses them on /progress/. Neither ever throws: every bad
// input becomes a message for the page, and the caller stores nothing.
import { isDay, isObject, isSkillId, isState, MAX_FILE_BYTES, MAX_SKILLS, STATES, type Progress, type SkillState } from './store.ts';

/** What a progress file says it is; a JSON file without it is not ours. */
export const FILE_FORMAT = 'backend-to-ai-roadmap/progress';
export const FILE_VERSION = 2;

/** The exported file: the stored v2 marks with a format name, a version and the day of export. */
export function exportFile(progress: Progress, date: string): string {
	const skills = Object.fromEntries([...progress].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, m]) => [id, { state: m.state, date: m.date }]));
	return `${JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, exported: date, skills }, null, 1)}\n`;
}

/**
 * Reads the entries of a `skills` object, reporting every one that is wrong. An imported file with any wrong entry is refused.
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

export type Parsed = { ok: true; progress: Progress; unknown: string[] } | { ok: false; message: string };

const listed = (items: readonly string[], max = 3) => items.slice(0, max).join('; ') + (items.length > max ? `; and ${items.length - max} more` : '');

/** A day `days` after `date` (both YYYY-MM-DD). */
const plusDays = (date: string, days: number) => {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/** Splits marks into those for skills this roadmap has and the ids it does not know (reported by name). */
function known(progress: Progress, skills: ReadonlySet<string>): { progress: Progress; unknown: string[] } {
	const unknown = [...progress.keys()].filter((id) => !skills.has(id));
	for (const id of unknown) progress.delete(id);
	return { progress, unknown };
}

/**
 * Reads an imported file. Any problem rejects the whole file (a half-read file would be a surprise);
 * skill ids this roadmap does not have are set apart in `unknown`. Dates more than two days ahead of
 * `date` (time zones aside) are refused: a mark cannot be set in the future.
 */
export function parseImport(text: string, skills: ReadonlySet<string>, date: string): Parsed {
	const fail = (why: string): Parsed => ({ ok: false, message: `This is not a progress file this page can read: ${why}. Nothing was changed.` });
	if (text.length > MAX_FILE_BYTES) return fail(`it is ${Math.round(text.length / 1024)} KB, and a progress file is far smaller`);
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return fail('it is not JSON');
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as { format?: unknown }).format !== FILE_FORMAT)
		return fail(`it does not say "format": "${FILE_FORMAT}", so it was not exported from this site`);
	const file = value as { version?: unknown; skills?: unknown };
	if (file.version !== FILE_VERSION)
		return fail(
			typeof file.version === 'number' && file.version > FILE_VERSION
				? `it is version ${file.version}, made by a newer version of this site; this page reads version ${FILE_VERSION}`
				: `its "version" is ${JSON.stringify(file.version)?.slice(0, 20) ?? 'missing'}, and this page reads version ${FILE_VERSION}`,
		);
	const { progress, problems } = readSkills(file.skills);
	const latest = plusDays(date, 2);
	for (const [id, mark] of progress) if (mark.date > latest) problems.push(`"${id}": date ${mark.date} is in the future`);
	if (problems.length) return fail(listed(problems));
	return { ok: true, ...known(progress, skills) };
}

/** Share links: `#p2~d:id,id~i:id~s:id` (done, in progress, skipped). States only: the dates stay home. */
const LETTER: Record<SkillState, string> = { done: 'd', 'in-progress': 'i', skipped: 's' };
const SHARE_MAX = 40_000;

export function encodeShare(progress: Progress): string {
	const groups = STATES.map((state) => {
		const ids = [...progress].filter(([, m]) => m.state === state).map(([id]) => id).sort();
		return ids.length ? `~${LETTER[state]}:${ids.join(',')}` : '';
	});
	return `p${FILE_VERSION}${groups.join('')}`;
}

export type Shared = { ok: true; states: Map<string, SkillState>; unknown: string[] } | { ok: false; message: string };

/** Reads a share link's fragment (with or without `#`). A tampered link gets a message, never a partial view. */
export function decodeShare(fragment: string, skills: ReadonlySet<string>): Shared {
	const fail = (why: string): Shared => ({ ok: false, message: `This share link cannot be read: ${why}. Nothing was changed; ask for a new link.` });
	if (fragment.length > SHARE_MAX) return fail('it is far longer than any share link this site makes');
	let text: string;
	try {
		text = decodeURIComponent(fragment.replace(/^#/, ''));
	} catch {
		return fail('it holds broken %-escapes');
	}
	const [head, ...groups] = text.split('~');
	const version = /^p(\d+)$/.exec(head ?? '');
	if (!version) return fail('it does not start with "p2", so it was not made by this site');
	if (Number(version[1]) !== FILE_VERSION) return fail(`it is version ${version[1]}, and this page reads version ${FILE_VERSION}`);
	const states = new Map<string, SkillState>();
	const seen = new Set<string>();
	for (const group of groups) {
		const [letter = '', ids = ''] = group.split(':', 2);
		const state = STATES.find((s) => LETTER[s] === letter);
		if (!state || !group.includes(':')) return fail(`"${group.slice(0, 20)}" is not a state (d:, i: or s:)`);
		if (seen.has(letter)) return fail(`the state "${letter}" appears twice`);
		seen.add(letter);
		for (const id of ids.split(',')) {
			if (!isSkillId(id)) return fail(`"${String(id).slice(0, 40)}" is not a skill id`);
			if (states.has(id)) return fail(`"${id}" is given two states`);
			states.set(id, state);
		}
		if (states.size > MAX_SKILLS) return fail(`it lists more than ${MAX_SKILLS} skills`);
	}
	const unknown = [...states.keys()].filter((id) => !skills.has(id));
	for (const id of unknown) states.delete(id);
	return { ok: true, states, unknown };
}
