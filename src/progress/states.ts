// Progress store format v2: a state per skill id (done, in progress, skipped), each with the ISO date it
// was set. Pure and unit-tested; parse never throws, it reports why it read nothing. Not yet wired into
// client.ts, which still reads and writes v1 (see the helper's report).
import { parseProgress } from './store.ts';

/** The v2 localStorage key; v1 (`roadmap-progress:v1`) is left in place so an older tab loses nothing. */
export const PROGRESS_KEY_V2 = 'roadmap-progress:v2';
export const STATES = ['done', 'in-progress', 'skipped'] as const;
export type SkillState = (typeof STATES)[number];
/** One skill's state and the day (YYYY-MM-DD) it was set. */
export interface Mark { state: SkillState; date: string }
export type ProgressV2 = Record<string, Mark>;
export type Parsed = { progress: ProgressV2; problem?: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isMark = (v: unknown): v is Mark =>
	typeof v === 'object' && v !== null && STATES.includes((v as Mark).state) &&
	typeof (v as Mark).date === 'string' && DATE.test((v as Mark).date) && !Number.isNaN(Date.parse((v as Mark).date));

/** Reads a stored or imported v2 document: `{ "version": 2, "skills": { id: { state, date } } }`. */
export function parseV2(raw: string | null): Parsed {
	if (!raw) return { progress: {} };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { progress: {}, problem: 'not JSON' };
	}
	if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 2) return { progress: {}, problem: 'not a version 2 progress file' };
	const skills = (value as { skills?: unknown }).skills;
	if (typeof skills !== 'object' || skills === null || Array.isArray(skills)) return { progress: {}, problem: '"skills" is not an object' };
	const entries = Object.entries(skills);
	const bad = entries.filter(([, mark]) => !isMark(mark)).map(([id]) => id);
	if (bad.length) return { progress: {}, problem: `invalid state or date for: ${bad.join(', ')}` };
	return { progress: Object.fromEntries(entries) as ProgressV2 };
}

export const serializeV2 = (progress: ProgressV2): string =>
	JSON.stringify({ version: 2, skills: Object.fromEntries(Object.keys(progress).sort().map((id) => [id, progress[id]])) });

/** v1 (a JSON array of done ids) to v2: every id done, dated `today`. */
export const migrateV1 = (raw: string | null, today: string): ProgressV2 =>
	Object.fromEntries([...parseProgress(raw)].sort().map((id) => [id, { state: 'done', date: today }]));

/** Merges an import into what is stored: the newer date wins per id, nothing is ever deleted. */
export function merge(stored: ProgressV2, incoming: ProgressV2): ProgressV2 {
	const out = { ...stored };
	for (const [id, mark] of Object.entries(incoming)) if (!out[id] || mark.date > out[id].date) out[id] = mark;
	return out;
}

/** Ids in `progress` that are not among `known` skill ids, to report on the page. */
export const unknownIds = (progress: ProgressV2, known: readonly string[]): string[] => Object.keys(progress).filter((id) => !known.includes(id));
