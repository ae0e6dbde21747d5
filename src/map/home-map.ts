import { windowLabel } from '../graph/labels.ts';
import type { RoadmapGraph } from '../graph/model.ts';

/** One track on the home page's compact map: its phases as stops, with skill counts. */
export interface HomeTrack {
	id: string;
	title: string;
	href: string;
	suits: string;
	/** Skill ids of the track, for the progress count. */
	skillIds: string[];
	phases: { title: string; href: string; when: string; skills: number }[];
	roles: { title: string; href: string }[];
}

/** The compact map of every track on the home page, in track file order. */
export function homeMap(graph: RoadmapGraph): HomeTrack[] {
	return [...graph.entries.track.values()].map((track) => {
		const phases = track.data.phases.flatMap((id) => graph.entries.phase.get(id) ?? []);
		return {
			id: track.id,
			title: track.title,
			href: track.href,
			suits: track.data.suits,
			skillIds: phases.flatMap((p) => p.data.skills),
			phases: phases.map((p) => ({ title: p.title, href: p.href, when: windowLabel(p.data.window), skills: p.data.skills.length })),
			roles: track.data.roles.flatMap((id) => graph.entries.role.get(id) ?? []).map((r) => ({ title: r.title, href: r.href })),
		};
	});
}
