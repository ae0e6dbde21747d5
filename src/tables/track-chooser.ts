// "Which track is mine?": one row per track, built from the tracks' own data (who it suits, the roles it
// leads to, its phases' windows and its skills' efforts), so the chooser cannot drift from the track pages.
import type { RoadmapGraph } from '../graph/model.ts';
import { phaseTimeOf } from '../graph/phase-time.ts';
import type { SkillCategory } from '../schemas/skill.ts';
import type { Table } from './table-model.ts';
import type { Ref } from './transfer-rows.ts';

export interface TrackChoice {
	id: string;
	title: string;
	href: string;
	suits: string;
	roles: Ref[];
	laterRoles: Ref[];
	phases: number;
	/** Summed window length of the track's phases, whole weeks. */
	weeks: number;
	/** The study hours a week its plans assume (one value, or several when its phases come from plans that differ). */
	hoursPerWeek: number[];
	/** Summed effort of every skill on the track, focused hours. */
	effort: { min: number; max: number };
	skills: number;
	/** How many of its skills are in each category. */
	categories: Record<SkillCategory, number>;
}

/** One choice per track, in the order the graph lists tracks (by title). */
export function trackChoices(graph: RoadmapGraph): TrackChoice[] {
	const ref = (kind: 'role', id: string): Ref[] => {
		const entry = graph.entries[kind].get(id);
		return entry ? [{ title: entry.title, href: entry.href }] : [];
	};
	return [...graph.entries.track.values()]
		.sort((a, b) => a.title.localeCompare(b.title))
		.map((track) => {
			const phases = track.data.phases.flatMap((id) => graph.entries.phase.get(id) ?? []);
			const times = phases.flatMap((p) => phaseTimeOf(graph, p.id) ?? []);
			const skillIds = phases.flatMap((p) => p.data.skills);
			const categories: Record<SkillCategory, number> = { 'carries-over': 0, 'learn-new': 0, 'skip-for-now': 0, 'deepen-later': 0 };
			for (const id of skillIds) {
				const skill = graph.entries.skill.get(id);
				if (skill) categories[skill.data.category] += 1;
			}
			return {
				id: track.id,
				title: track.title,
				href: track.href,
				suits: track.data.suits,
				roles: track.data.roles.flatMap((id) => ref('role', id)),
				laterRoles: track.data.laterRoles.flatMap((id) => ref('role', id)),
				phases: phases.length,
				weeks: Math.round(times.reduce((sum, t) => sum + t.weeks, 0)),
				hoursPerWeek: [...new Set(times.map((t) => t.hoursPerWeek))].sort((a, b) => a - b),
				effort: times.reduce((sum, t) => ({ min: sum.min + t.effort.min, max: sum.max + t.effort.max }), { min: 0, max: 0 }),
				skills: skillIds.length,
				categories,
			};
		});
}

const list = (refs: readonly Ref[]) => refs.map((r) => r.title).join(', ');

/** The chooser as a table: who it suits, where it leads, what it costs in time, how much is new. */
export function trackChooserTable(choices: readonly TrackChoice[]): Table {
	return {
		columns: ['Track', 'Suits you if', 'Leads to', 'Time', 'How much is new'],
		rows: choices.map((c) => ({
			id: c.id,
			header: c.title,
			cells: [
				{ text: c.suits, details: [{ label: 'Open the track', text: c.title, href: c.href }] },
				{
					// One first role links from the cell itself; several are listed as links below it.
					text: list(c.roles),
					href: c.roles.length === 1 ? c.roles[0]?.href : undefined,
					details: [
						...(c.roles.length > 1 ? c.roles.map((r) => ({ label: 'First role', text: r.title, href: r.href })) : []),
						...c.laterRoles.map((r) => ({ label: 'Later', text: r.title, href: r.href })),
					],
				},
				{
					text: `about ${c.weeks} weeks at ${c.hoursPerWeek.join(' or ')} h a week`,
					details: [
						{ label: 'Phases', text: String(c.phases) },
						{ label: 'Focused hours', text: `${c.effort.min}–${c.effort.max}` },
					],
				},
				{
					text: `${c.categories['learn-new']} of ${c.skills} skills are new to a backend engineer`,
					details: [
						{ label: 'Carry over', text: String(c.categories['carries-over']) },
						{ label: 'Deepen later or skip for now', text: String(c.categories['deepen-later'] + c.categories['skip-for-now']) },
					],
				},
			],
		})),
	};
}
