// The one place the plan page reads reading progress. It reads today's store (roadmap-progress:v1, a
// JSON array of skill ids) through src/progress/store.ts; when the store moves to v2, swap this function.
import { parseProgress, PROGRESS_KEY } from '../progress/store.ts';

/** Skill ids the reader marked done, or none when storage is blocked or holds something unreadable. */
export function readDoneSkills(storage: Pick<Storage, 'getItem'> | undefined): Set<string> {
	try {
		return parseProgress(storage?.getItem(PROGRESS_KEY) ?? null);
	} catch {
		return new Set();
	}
}
