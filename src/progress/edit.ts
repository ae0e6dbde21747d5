// Changing progress: pure functions for the islands (src/progress/client.ts, src/progress/page.ts). Kept
// apart from store.ts, which the plan page loads only to read.
import type { Progress, SkillState } from './store.ts';

const pad = (n: number) => String(n).padStart(2, '0');
/** Today in the reader's own calendar, as YYYY-MM-DD. */
export const today = (now = new Date()): string => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

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

