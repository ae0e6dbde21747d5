import type { Problem } from '../errors/problem.ts';
import { stripBase, withBase } from '../site/url.ts';
import { hasId, type BuiltPage, type SiteMap } from './site-map.ts';

const ASSET = /^\/(_astro|pagefind)\/|\.[a-z0-9]+$/i;

/**
 * Follows redirect pages from a site path to the page that answers it. Site paths (the site map's keys,
 * the lock's) never carry the base; a redirect page's target does, and loses it here.
 */
export function resolvePage(site: SiteMap, path: string, base = '/'): { path: string; page: BuiltPage } | undefined {
	let current: string | undefined = path;
	for (let hops = 0; hops < 5 && current !== undefined; hops++) {
		const page = site.get(current);
		if (!page) return undefined;
		if (!page.redirectTo) return { path: current, page };
		const target = new URL(page.redirectTo, `http://site${withBase(current, base)}`).pathname;
		current = stripBase(target.endsWith('/') ? target : `${target}/`, base);
	}
	return undefined;
}

/**
 * Splits an internal href, as written on the page at site path `from` of a site published under `base`,
 * into a site path (base removed, trailing slash added) and a hash. Undefined for external links and for
 * assets inside the base; `{ outside }` for a root-absolute URL outside the base, which no page answers.
 */
export function parseInternal(href: string, from: string, base = '/'): { path: string; hash: string } | { outside: string } | undefined {
	if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) return undefined;
	const url = new URL(href, `http://site${withBase(from, base)}`);
	const stripped = stripBase(url.pathname, base);
	if (stripped === undefined) return { outside: url.pathname };
	if (ASSET.test(stripped)) return undefined;
	const path = stripped.endsWith('/') ? stripped : `${stripped}/`;
	return { path, hash: decodeURIComponent(url.hash.slice(1)) };
}

/**
 * Every internal link on every built page must reach a page, and its #anchor an element on that page.
 * This sees what Markdown link checkers cannot: links in generated diagrams, tables and components.
 * A broken link repeated on many pages (the sidebar) is reported once, with a count.
 */
export function checkLinks(site: SiteMap, fileOf: (path: string) => string, base = '/'): Problem[] {
	const found = new Map<string, { problem: Problem; pages: number }>();
	// Each distinct link is resolved once: the sidebar repeats every page's link on every page.
	// A root-relative href means the same wherever it sits; a relative one is keyed with its page.
	const verdicts = new Map<string, string | null>();
	const verdict = (href: string, from: string): string | null => {
		const link = parseInternal(href, from, base);
		if (!link) return null;
		if ('outside' in link) return `it points outside the base path ${base} the site is published under (a site path written into HTML without withBase() from src/site/url.ts)`;
		const target = resolvePage(site, link.path, base);
		if (!target) return `no page at ${link.path}`;
		if (link.hash && !hasId(target.page, link.hash)) return `no #${link.hash} on ${target.path}`;
		return null;
	};
	const check = (href: string, from: string) => {
		const memo = href.startsWith('/') && !href.startsWith('//') ? href : `${from}\0${href}`;
		let message = verdicts.get(memo);
		if (message === undefined) verdicts.set(memo, (message = verdict(href, from)));
		if (!message) return;
		const key = `${href} ${message}`;
		const seen = found.get(key);
		if (seen) seen.pages++;
		else
			found.set(key, {
				pages: 1,
				problem: {
					code: 'broken-link',
					file: fileOf(from),
					field: 'link',
					message: `"${href}" is broken: ${message}`,
					hint: 'Point the link at an existing page and heading.',
				},
			});
	};
	for (const [from, page] of site) {
		if (page.redirectTo) continue;
		for (const href of page.sidebar?.links ?? []) check(href, from);
		for (const href of page.links) check(href, from);
	}
	return [...found.values()].map(({ problem, pages }) => (pages > 1 ? { ...problem, message: `${problem.message} (on ${pages} pages)` } : problem));
}
