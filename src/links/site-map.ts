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
const NAV = Buffer.from('<nav');
/** What differs between two pages' sidebars: the current page's mark and which groups are open (bytes cut from the token). */
const VARIANTS: [token: Buffer, keep: number][] = [[Buffer.from(' aria-current="page"'), 0], [Buffer.from('<details open'), '<details'.length]];

/** Sidebars already read in one build, normalised (see VARIANTS), with their ids and links. */
export interface SidebarCache {
	known: { normal: Buffer; ids: string[]; links: string[] }[];
}

/**
 * readBuiltPage for a page as read from disk, with the same result (links in another order). Starlight's
 * sidebar holds a link per page (at 1,000 skills some 240 KB of each page's 280 KB) and is the same on
 * every page but for the current page's mark and the open groups. Its bytes are compared natively with
 * the sidebars already read, and only a new one is decoded and searched: the link check grows with the
 * pages, not with pages x sidebar links.
 */
export function readBuiltFile(file: Buffer, cache: SidebarCache): BuiltPage {
	const start = file.indexOf(SIDEBAR);
	const end = start < 0 ? -1 : file.indexOf(NAV_END, start);
	if (end < 0 || file.subarray(start + NAV.length, end).includes(NAV)) return readBuiltPage(file.toString('utf8'));
	const cuts: [number, number][] = [];
	for (const [token, keep] of VARIANTS) {
		for (let i = file.indexOf(token, start); i >= 0 && i < end; i = file.indexOf(token, i + token.length)) cuts.push([i + keep, i + token.length]);
	}
	cuts.sort((a, b) => a[0] - b[0]);
	const parts: Buffer[] = [];
	let at = start;
	for (const [from, to] of cuts) {
		parts.push(file.subarray(at, from));
		at = to;
	}
	parts.push(file.subarray(at, end));
	const normal = Buffer.concat(parts);
	let side = cache.known.find((k) => k.normal.equals(normal));
	if (!side) {
		const text = normal.toString('utf8');
		side = { normal, ids: ids(text), links: links(text) };
		cache.known.push(side);
	}
	const rest = file.toString('utf8', 0, start) + file.toString('utf8', end);
	const page = readBuiltPage(rest);
	if (page.redirectTo) return page;
	return { ...page, ids: new Set([...side.ids, ...page.ids]), links: [...side.links, ...page.links] };
}
