/** What the link checks need to know about one built page. */
export interface BuiltPage {
	/** Every element id on the page: link targets. */
	ids: Set<string>;
	/** Ids of headings h2-h6, in page order: the anchors a blogger links to. */
	headings: string[];
	/** Every href on the page, including links inside inline SVG. */
	links: string[];
	/** Set on redirect pages: where they send the reader. */
	redirectTo?: string;
}

/** The built site: site path (`/skills/x/`) -> page. */
export type SiteMap = Map<string, BuiltPage>;

/** Reads the parts of a built HTML page that the link checks use. */
export function readBuiltPage(html: string): BuiltPage {
	const refresh = /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/.exec(html)?.[1];
	if (refresh) return { ids: new Set(), headings: [], links: [], redirectTo: refresh };
	return {
		ids: new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)),
		headings: [...html.matchAll(/<h[2-6]\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !id.startsWith("starlight__")),
		links: [...html.matchAll(/<a\b[^>]*?\s(?:xlink:)?href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&')),
	};
}

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
const links = (html: string) => [...html.matchAll(/<a\b[^>]*?\s(?:xlink:)?href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

const SIDEBAR = Buffer.from('<nav class="sidebar');
const NAV_END = Buffer.from('</nav>');
/** What differs between two pages' sidebars: the current page's mark and which groups are open (bytes cut from the token). */
const VARIANTS: [token: Buffer, keep: number][] = [[Buffer.from(' aria-current="page"'), 0], [Buffer.from('<details open'), '<details'.length]];

/** Sidebars already read in one build, normalised (see VARIANTS), with their ids and links. */
export interface SidebarCache {
	known: { normal: Buffer; ids: string[]; links: string[] }[];
}

/** True when the byte ranges `parts` of `file`, laid end to end, equal `normal`: compared natively, nothing copied. */
function sameBytes(file: Buffer, parts: readonly [number, number][], normal: Buffer): boolean {
	if (parts.reduce((n, [from, to]) => n + to - from, 0) !== normal.length) return false;
	let at = 0;
	for (const [from, to] of parts) {
		if (normal.compare(file, from, to, at, at + (to - from)) !== 0) return false;
		at += to - from;
	}
	return true;
}

/**
 * readBuiltPage for a page as read from disk, with the same result (links in another order). Starlight's
 * sidebar holds a link per page (at 1,000 skills some 240 KB of each page's 280 KB) and is the same on
 * every page but for the current page's mark and the open groups. Its bytes are compared natively with
 * the sidebars already read, and only a new one is decoded and searched: the link check grows with the
 * pages, not with pages x sidebar links. `file` may be a reused buffer: nothing keeps a view of it.
 * (Where the sidebar ends is found at its first `</nav>`; whatever follows is read with the rest of the page.)
 */
export function readBuiltFile(file: Buffer, cache: SidebarCache): BuiltPage {
	const start = file.indexOf(SIDEBAR);
	const end = start < 0 ? -1 : file.indexOf(NAV_END, start);
	if (end < 0) return readBuiltPage(file.toString('utf8'));
	const sidebar = file.subarray(start, end);
	const cuts: [number, number][] = [];
	for (const [token, keep] of VARIANTS) {
		for (let i = sidebar.indexOf(token); i >= 0; i = sidebar.indexOf(token, i + token.length)) cuts.push([start + i + keep, start + i + token.length]);
	}
	cuts.sort((a, b) => a[0] - b[0]);
	const parts: [number, number][] = [];
	let at = start;
	for (const [from, to] of cuts) {
		parts.push([at, from]);
		at = to;
	}
	parts.push([at, end]);
	let side = cache.known.find((k) => sameBytes(file, parts, k.normal));
	if (!side) {
		const normal = Buffer.concat(parts.map(([from, to]) => file.subarray(from, to)));
		const text = normal.toString('utf8');
		side = { normal, ids: ids(text), links: links(text) };
		cache.known.push(side);
	}
	const page = readBuiltPage(file.toString('utf8', 0, start) + file.toString('utf8', end));
	if (page.redirectTo) return page;
	return { ...page, ids: new Set([...side.ids, ...page.ids]), links: [...side.links, ...page.links] };
}
