import type { RoadmapGraph } from '../graph/model.ts';
import type { SkillCategory } from '../schemas/skill.ts';
import type { Ref } from './transfer-rows.ts';

/** One column of the carry-over / learn-new / skip view. */
export interface CategoryColumn {
	label: string;
	skills: (Ref & { later: boolean })[];
}

/**
 * The three-column view built from skill categories: what carries over, what to learn (now, or later
 * for `deepen-later` skills, which are marked), and what to skip for now.
 */
export function categoryColumns(graph: RoadmapGraph): CategoryColumn[] {
	const skills = [...graph.entries.skill.values()].sort((a, b) => a.title.localeCompare(b.title));
	const column = (label: string, categories: SkillCategory[]): CategoryColumn => ({
		label,
		skills: skills
			.filter((s) => categories.includes(s.data.category))
			.map((s) => ({ title: s.title, href: s.href, later: s.data.category === 'deepen-later' }))
			.sort((a, b) => Number(a.later) - Number(b.later)),
	});
	return [column('Carries over', ['carries-over']), column('Learn new', ['learn-new', 'deepen-later']), column('Skip for now', ['skip-for-now'])];
}
