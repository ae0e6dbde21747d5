// Reading progress, kept in the reader's browser only: the set of skill ids they marked done. Ids are
// permanent (they survive a page move), so progress survives one too. Pure functions, unit-tested;
// src/progress/client.ts applies them to the page.

/** The localStorage key. The version suffix lets a later format coexist with this one. */
export const PROGRESS_KEY = 'roadmap-progress:v1';

/** Parses what is stored; anything unreadable (another format, hand-edited JSON) counts as no progress. */
export function parseProgress(raw: string | null): Set<string> {
	if (!raw) return new Set();
	try {
		const value: unknown = JSON.parse(raw);
		return new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
	} catch {
		return new Set();
	}
}

/** The stored form: a sorted JSON array of ids, so the value is stable whatever the click order. */
export const serializeProgress = (done: ReadonlySet<string>): string => JSON.stringify([...done].sort());

/** A copy of `done` with `id` marked done or not. */
export function withSkill(done: ReadonlySet<string>, id: string, isDone: boolean): Set<string> {
	const next = new Set(done);
	if (isDone) next.add(id);
	else next.delete(id);
	return next;
}

/** How many of `ids` are done. */
export const countDone = (done: ReadonlySet<string>, ids: readonly string[]): number => ids.filter((id) => done.has(id)).length;
