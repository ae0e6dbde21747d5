import type { RoadmapGraph } from '../graph/model.ts';

/**
 * The `lastReviewed` date of a page the build generates from other pages (the A–Z index, a diagram's
 * full-size page), which has no frontmatter of its own: the review date of the entry at `href` when it is
 * one, else the newest review date of any entry, since such a page is as current as what it lists. Pure.
 */
export function generatedPageReviewed(graph: RoadmapGraph, href?: string): string {
	const all = Object.values(graph.entries).flatMap((m) => [...m.values()]);
	const own = href ? all.find((e) => e.href === href) : undefined;
	if (own) return own.data.lastReviewed;
	return all.reduce((latest, e) => (e.data.lastReviewed > latest ? e.data.lastReviewed : latest), '1970-01-01');
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A page's review date as its footer shows it: the text of Starlight's `LastUpdated`
 * (`toLocaleDateString(lang, { dateStyle: 'medium', timeZone: 'UTC' })`, e.g. "Dec 7, 2026"), from one
 * formatter per language. toLocaleDateString builds a new formatter on every call: 54 ms of a build's
 * profile at 82 skills, one per page.
 */
export function reviewedText(date: Date, lang: string | undefined): string {
	const key = lang ?? '';
	let format = dateFormats.get(key);
	if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' })));
	return format.format(date);
}
