import { gzipSync } from 'node:zlib';
import { median } from './rounds.ts';

/** The page kinds `npm run bench` compares with vanilla Starlight, by site path. */
export type PageKind = 'home' | 'phases index' | 'track' | 'phase' | 'skill' | 'role' | 'note' | 'project' | 'other';

/** The kind of a built page from its site path (`/skills/rag-fundamentals/` -> skill). Pure. */
export function pageKind(path: string): PageKind {
	if (path === '/') return 'home';
	if (path === '/phases/') return 'phases index';
	const m = /^\/(tracks|phases|skills|roles|notes|projects)\/[^/]+\/$/.exec(path);
	const kinds = { tracks: 'track', phases: 'phase', skills: 'skill', roles: 'role', notes: 'note', projects: 'project' } as const;
	return m ? kinds[m[1] as keyof typeof kinds] : 'other';
}

export const gzipBytes = (text: string): number => gzipSync(text, { level: 9 }).length;

/** What a page's diagrams cost it, gzipped: the page's bytes less the same page without its figures. Pure. */
export const diagramGzipBytes = (html: string): number => gzipBytes(html) - gzipBytes(html.replace(/<figure class="roadmap-diagram"[\s\S]*?<\/figure>/g, ''));


export interface KindBytes {
	kind: PageKind;
	pages: number;
	/** Median gzipped HTML bytes of the kind's pages in each build. */
	ours: number;
	vanilla: number;
	ratio: number;
}

/**
 * Gzipped HTML per page kind in two builds of the same pages, median per kind, over the paths both
 * builds have. `read` returns a page's HTML, or undefined when that build lacks it. Pure given `read`.
 */
export function bytesByKind(paths: readonly string[], read: (build: 'ours' | 'vanilla', path: string) => string | undefined): KindBytes[] {
	const groups = new Map<PageKind, { ours: number[]; vanilla: number[] }>();
	for (const path of paths) {
		const [o, v] = [read('ours', path), read('vanilla', path)];
		if (o === undefined || v === undefined) continue;
		const kind = pageKind(path);
		const g = groups.get(kind) ?? { ours: [], vanilla: [] };
		g.ours.push(gzipBytes(o));
		g.vanilla.push(gzipBytes(v));
		groups.set(kind, g);
	}
	return [...groups].map(([kind, g]) => {
		const [ours, vanilla] = [median(g.ours), median(g.vanilla)];
		return { kind, pages: g.ours.length, ours, vanilla, ratio: ours / vanilla };
	});
}
