import type { EntryNode, RoadmapGraph } from '../graph/model.ts';
import { entryLabel } from '../og/cards.ts';

/** One line of the A–Z index. */
export interface AzItem {
	title: string;
	href: string;
	/** `Skill · Learn new`, `Phase`, `Page` ... */
	label: string;
}

/** The entries whose titles start with one letter (`#` for digits and signs). */
export interface AzGroup {
	letter: string;
	/** Heading anchor, `letter-a`, `letter-other`. */
	slug: string;
	items: AzItem[];
}

/** The letter a title is filed under: its first letter without accents, upper case, or `#`. */
export function fileUnder(title: string): string {
	const first = title.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
	return /^[A-Z]$/.test(first) ? first : '#';
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Every entry and plain page of the roadmap, grouped by first letter and sorted by title, for the static
 * A–Z page (/a-z/): the search of readers without JavaScript. `exclude` drops pages by path (the home page
 * and the index itself).
 */
export function azIndex(graph: RoadmapGraph, exclude: readonly string[] = ['/']): AzGroup[] {
	const entries = Object.values(graph.entries).flatMap((m) => [...(m as Map<string, EntryNode>).values()]);
	const items: AzItem[] = [
		...entries.map((e) => ({ title: e.title, href: e.href, label: entryLabel(e) })),
		...graph.pages.filter((p) => !exclude.includes(p.href)).map((p) => ({ title: p.title, href: p.href, label: 'Page' })),
	].sort((a, b) => collator.compare(a.title, b.title) || a.href.localeCompare(b.href));
	const groups = new Map<string, AzItem[]>();
	for (const item of items) {
		const letter = fileUnder(item.title);
		groups.set(letter, [...(groups.get(letter) ?? []), item]);
	}
	return [...groups]
		.sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
		.map(([letter, list]) => ({ letter, slug: letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`, items: list }));
}
