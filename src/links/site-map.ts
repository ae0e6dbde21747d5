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
