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
