// What /progress/ shows per track, for the reader's own progress and for a shared link: the track's
// skills in learning order (phases in order, each phase's skills in order), grouped by state.
import type { PlanData, PlanLink } from '../plan/model.ts';
import type { SkillState } from './store.ts';

export interface TrackProgress {
	track: PlanLink;
	/** Skills of the track, each once, in learning order. */
	total: number;
	done: PlanLink[];
	'in-progress': PlanLink[];
	skipped: PlanLink[];
}

/** One row per track, in the roadmap's track order; `stateOf` answers for one skill id. */
export function trackProgress(data: PlanData, stateOf: (id: string) => SkillState | undefined): TrackProgress[] {
	return data.tracks.map((track) => {
		const ids = [...new Set(track.phases.flatMap((p) => data.phases[p]?.skills ?? []))].filter((id) => data.skills[id]);
		const row: TrackProgress = { track: { id: track.id, title: track.title, href: track.href }, total: ids.length, done: [], 'in-progress': [], skipped: [] };
		for (const id of ids) {
			const state = stateOf(id);
			const s = data.skills[id]!;
			if (state) row[state].push({ id, title: s.title, href: s.href });
		}
		return row;
	});
}

/** "3 of 12 done, 1 in progress, 2 skipped" */
export const countLine = (row: TrackProgress): string =>
	`${row.done.length} of ${row.total} done, ${row['in-progress'].length} in progress, ${row.skipped.length} skipped`;
