/**
 * Internal links in an MDX body: Markdown links `[text](/path/)` and `href="/path/"` attributes.
 * Returns site paths normalised to a trailing slash, without `#hash` or `?query`.
 */
export function bodyLinks(body: string): string[] {
	const found = new Set<string>();
	const patterns = [/\]\((\/[^)\s#?]*)[^)]*\)/g, /href=["'](\/[^"'#?]*)[^"']*["']/g];
	for (const pattern of patterns) {
		for (const match of body.matchAll(pattern)) {
			const path = match[1]!;
			found.add(path.endsWith('/') ? path : `${path}/`);
		}
	}
	return [...found];
}
