/** The ids and links of a sidebar, read once and shared by every page whose sidebar has the same bytes. */
export interface PageSidebar {
	ids: ReadonlySet<string>;
	links: readonly string[];
}

/** What the link checks need to know about one built page. */
export interface BuiltPage {
	/** Every element id on the page outside `sidebar`: link targets. */
	ids: Set<string>;
	/** Ids of headings h2-h6, in page order: the anchors a blogger links to. */
	headings: string[];
	/** Every href on the page outside `sidebar`, including links inside inline SVG. */
	links: string[];
	/**
	 * The page's sidebar, when it was read apart (readBuiltFile). Not copied into `ids` and `links`: at 3,000
	 * skills a sidebar holds some 3,400 links, and a copy of them per page held 125 MiB.
	 */
	sidebar?: PageSidebar;
	/** Set on redirect pages: where they send the reader. */
	redirectTo?: string;
}

/** True when the page, its sidebar included, has an element with this id. */
export const hasId = (page: BuiltPage, id: string): boolean => page.ids.has(id) || (page.sidebar?.ids.has(id) ?? false);

/** The built site: site path (`/skills/x/`) -> page. */
export type SiteMap = Map<string, BuiltPage>;

/**
 * A copy of a matched substring that does not keep the page's text in memory. V8 makes a substring a view
 * into the string it came from, so each id or link kept from a page kept the whole page: at 3,000 skills the
 * site map held some 85 KB per page that way, 286 MiB. A space and the part, joined and cut again, is
 * flattened into a new string the size of the part.
 */
const own = (part: string): string => (` ${part}`).slice(1);

/** Reads the parts of a built HTML page that the link checks use. */
export function readBuiltPage(html: string): BuiltPage {
	const refresh = /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/.exec(html)?.[1];
	if (refresh) return { ids: new Set(), headings: [], links: [], redirectTo: own(refresh) };
	return {
		ids: new Set(ids(html)),
		headings: [...html.matchAll(/<h[2-6]\b[^>]*\sid="([^"]+)"/g)].map((m) => own(m[1]!)).filter((id) => !id.startsWith("starlight__")),
		links: links(html),
	};
}

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => own(m[1]!));
const links = (html: string) => [...html.matchAll(/<a\b[^>]*?\s(?:xlink:)?href="([^"]+)"/g)].map((m) => own(m[1]!.replaceAll('&amp;', '&')));

const SIDEBAR = Buffer.from('<nav class="sidebar');
const NAV_END = Buffer.from('</nav>');
/** What differs between two pages' sidebars: the current page's mark and which groups are open (bytes cut from the token). */
const VARIANTS: [token: Buffer, keep: number][] = [[Buffer.from(' aria-current="page"'), 0], [Buffer.from('<details open'), '<details'.length]];

/** Sidebars already read in one build, normalised (see VARIANTS), with their ids and links. */
export interface SidebarCache {
	known: (PageSidebar & { normal: Buffer })[];
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
 * readBuiltPage for a page as read from disk, with the same ids and links, the sidebar's apart (see hasId). Starlight's
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
		side = { normal, ids: new Set(ids(text)), links: links(text) };
		cache.known.push(side);
	}
	const page = readBuiltPage(file.toString('utf8', 0, start) + file.toString('utf8', end));
	if (page.redirectTo) return page;
	return { ...page, sidebar: side };
}
