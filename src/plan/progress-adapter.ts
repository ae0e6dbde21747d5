// The one place the plan page reads reading progress, through src/progress/store.ts (v2, with v1 ticks
// still read, so a reader who has not opened a skill page since the format changed keeps them). It
// only reads: the migration is written by the progress island on skill pages.
import { readProgress } from '../progress/store.ts';

/**
 * Skill ids to leave out of the plan: those marked done, and those marked skipped (the reader chose not
 * to spend weeks on them). In-progress skills stay in: their weeks still lie ahead. None when storage is
 * blocked or holds something unreadable.
 */
export function readDoneSkills(storage: Pick<Storage, 'getItem'> | undefined): Set<string> {
	try {
		if (!storage) return new Set();
		// The date v1 ticks would get does not matter here: the plan reads only ids and states.
		return new Set([...readProgress(storage, '')].filter(([, mark]) => mark.state !== 'in-progress').map(([id]) => id));
	} catch {
		return new Set();
	}
}
