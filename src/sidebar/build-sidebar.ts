import { windowLabel } from '../graph/labels.ts';
import type { EntryKind, EntryNode, RoadmapGraph } from '../graph/model.ts';

/** The subset of Starlight's sidebar config this module produces. */
export type SidebarLink = { label: string; link: string };
export type SidebarGroup = { label: string; collapsed?: boolean; items: SidebarItem[] };
export type SidebarItem = SidebarLink | SidebarGroup;

const link = (entry: { title: string; href: string }, label = entry.title): SidebarLink => ({ label, link: entry.href });
const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);

/**
 * The sidebar, computed from the graph so it can never drift from the content:
 * start pages, then phases plan by plan (each with its skills in order), tracks, roles, notes, projects.
 */
export function buildSidebar(graph: RoadmapGraph): SidebarItem[] {
	const page = (href: string) => graph.pages.find((p) => p.href === href);
	const pages = (hrefs: string[]) => hrefs.flatMap((href) => (page(href) ? [link(page(href)!)] : []));
	const kindIndex = (kind: EntryKind, label: string): SidebarItem[] => {
		const entries = [...(graph.entries[kind] as Map<string, EntryNode>).values()].sort(byTitle);
		if (entries.length === 0) return [];
		const index = page(`/${kind}s/`);
		return [{ label, collapsed: true, items: [...(index ? [link(index, 'Overview')] : []), ...entries.map((e) => link(e))] }];
	};

	const plans: SidebarItem[] = [];
	for (const plan of graph.data.plans) {
		const phases = (graph.phasesOfPlan.get(plan.id) ?? []).map((id) => graph.entries.phase.get(id)!);
		if (phases.length === 0) continue;
		plans.push({
			label: plan.title,
			collapsed: true,
			items: phases.map((phase) => ({
				label: `${windowLabel(phase.data.window)}: ${phase.title}`,
				collapsed: true,
				items: [
					link(phase, 'Phase overview'),
					...phase.data.skills.flatMap((id) => {
						const skill = graph.entries.skill.get(id);
						return skill ? [link(skill)] : [];
					}),
				],
			})),
		});
	}

	return [
		{ label: 'Start here', items: pages(['/', '/guides/how-to-use/', '/plan/', '/progress/', '/guides/disagreements/', '/guides/transfer-tables/', '/guides/roadmap-sh-coverage/', '/guides/glossary/']) },
		{ label: 'Phases', items: [...pages(['/phases/', '/skills/']), ...plans] },
		...kindIndex('track', 'Tracks'),
		...kindIndex('role', 'Roles'),
		...kindIndex('note', 'Learning notes'),
		...kindIndex('project', 'Portfolio projects'),
		{ label: 'Contributing', collapsed: true, items: pages(['/contributing/', '/contributing/fields/', '/contributing/errors/']) },
	].filter((group) => !('items' in group) || group.items.length > 0);
}
