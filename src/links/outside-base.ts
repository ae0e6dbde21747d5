import { isSitePath, stripBase } from '../site/url.ts';

// Every attribute that makes a browser load or navigate to a URL, and the URL of a meta refresh.
const URL_ATTRS = /\s(href|xlink:href|src|srcset|action|poster|data)=(?:"([^"]*)"|'([^']*)')/g;
const REFRESH = /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/g;

/**
 * The URLs on a built page that leave the base path the site is published under: root-absolute paths
 * (`/skills/x/` when the base is `/repo/`) and absolute URLs on the site's own origin outside the base.
 * Under a base, each of these is a broken link or a missing asset. External URLs, `#hash`, relative
 * and `data:` URLs are fine. Returns `attribute=value` strings, in page order.
 */
export function urlsOutsideBase(html: string, base: string, site?: string): string[] {
	const origin = site ? new URL(site).origin : undefined;
	const outside = (url: string): boolean => {
		if (isSitePath(url)) return stripBase(new URL(url, 'http://x').pathname, base) === undefined;
		if (!origin || !/^https?:/i.test(url)) return false;
		const parsed = new URL(url);
		return parsed.origin === origin && stripBase(parsed.pathname, base) === undefined;
	};
	const found: string[] = [];
	for (const m of html.matchAll(URL_ATTRS)) {
		const [, attr, double, single] = m;
		const value = (double ?? single ?? '').replaceAll('&amp;', '&').trim();
		const urls = attr === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
		for (const url of urls) if (url && outside(url)) found.push(`${attr}="${url}"`);
	}
	for (const m of html.matchAll(REFRESH)) if (outside(m[1]!)) found.push(`meta refresh url=${m[1]}`);
	return found;
}
