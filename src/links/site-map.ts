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

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
const links = (html: string) => [...html.matchAll(/<a\b[^>]*?\s(?:xlink:)?href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

/** Starlight's sidebar: the same on every page but for the current page's mark and which groups are open. */
const SIDEBAR_START = '<nav class="sidebar';
const sameSidebar = (html: string) => html.replaceAll(' aria-current="page"', '').replaceAll('<details open', '<details');

/**
 * Reads the parts of a built HTML page that the link checks use. Pass one `sidebars` map to every call of
 * a build: the sidebar holds a link per page (at 1,000 skills some 240 KB of each page's 280 KB), so its
 * links are read once per distinct sidebar instead of once per page, which kept the link check linear.
 */
export function readBuiltPage(html: string, sidebars?: Map<string, { ids: string[]; links: string[] }>): BuiltPage {
	const refresh = /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/.exec(html)?.[1];
	if (refresh) return { ids: new Set(), headings: [], links: [], redirectTo: refresh };
	const start = sidebars ? html.indexOf(SIDEBAR_START) : -1;
	const end = start < 0 ? -1 : html.indexOf('</nav>', start);
	let rest = html;
	let side = { ids: [] as string[], links: [] as string[] };
	if (sidebars && end > 0 && !html.slice(start + 4, end).includes('<nav')) {
		const key = sameSidebar(html.slice(start, end));
		const known = sidebars.get(key);
		side = known ?? { ids: ids(key), links: links(key) };
		if (!known) sidebars.set(key, side);
		rest = html.slice(0, start) + html.slice(end);
	}
	return {
		ids: new Set([...side.ids, ...ids(rest)]),
		headings: [...rest.matchAll(/<h[2-6]\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !id.startsWith('starlight__')),
		links: [...side.links, ...links(rest)],
	};
}
