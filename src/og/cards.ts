import { categoryLabel } from '../graph/labels.ts';
import type { EntryKind, EntryNode, RoadmapGraph } from '../graph/model.ts';

/** What one page's Open Graph image shows: its title and a line naming its kind (and a skill's category). */
export interface OgCard {
	/** The page's site path, `/skills/eval-design/` (the home page is `/`). */
	href: string;
	title: string;
	/** `Skill · Learn new`, `Phase`, ... or the site's own line for plain pages. */
	label: string;
}

/** Reader-facing name of each entry kind, singular. */
export const kindLabel: Record<EntryKind, string> = {
	skill: 'Skill',
	phase: 'Phase',
	track: 'Track',
	role: 'Role',
	note: 'Note',
	project: 'Project',
};

/** The image path of a page, relative to the site's base: `og/skills/eval-design.png`, `og/index.png` for the home page. */
export const ogImagePath = (href: string): string => `og/${href.replace(/^\/|\/$/g, '') || 'index'}.png`;

/** The size every card is drawn at (astro-og-canvas draws 1200 x 630, the size link previews expect). */
export const ogImageSize = { width: 1200, height: 630 } as const;

/** The label line of an entry's card. */
export function entryLabel(entry: EntryNode): string {
	if (entry.kind === 'skill') return `${kindLabel.skill} · ${categoryLabel[(entry as EntryNode<'skill'>).data.category]}`;
	return kindLabel[entry.kind];
}

/** One card per page of the graph: every entry, then every plain page; sorted by path so output is stable. */
export function ogCards(graph: RoadmapGraph, siteLine: string): OgCard[] {
	const entries = Object.values(graph.entries).flatMap((m) => [...(m as Map<string, EntryNode>).values()]);
	return [...entries.map((e) => ({ href: e.href, title: e.title, label: entryLabel(e) })), ...graph.pages.map((p) => ({ href: p.href, title: p.title, label: siteLine }))].sort((a, b) =>
		a.href.localeCompare(b.href),
	);
}

/** ROADMAP_OG=off skips drawing the cards (every page then points at the default social.png), e.g. to time a build without them. */
export const ogOff = (env: NodeJS.ProcessEnv = process.env) => env.ROADMAP_OG === 'off';
