import type { Problem } from '../errors/problem.ts';
import { resolvePage } from './check-links.ts';
import { hasId, type SiteMap } from './site-map.ts';

/**
 * content/data/links.lock.json: every published URL and its heading anchors. Links in the wild point
 * at these, so none may disappear without a redirect (page) or an alias (anchor).
 */
export interface LinkLock {
	/** Site path -> the entry's permanent id (if it has one) and its heading anchors. */
	pages: Record<string, { id?: string; anchors: string[] }>;
}

export const LOCK_FILE = 'content/data/links.lock.json';
const REDIRECTS_FILE = 'content/data/redirects.yaml';

/** Pages that are published: real pages, not redirects and not the 404 page. */
const published = (site: SiteMap) => [...site].filter(([path, page]) => !page.redirectTo && path !== '/404/').sort(([a], [b]) => a.localeCompare(b));

/** The lock for a built site. */
export function createLock(site: SiteMap, idOf: (path: string) => string | undefined): LinkLock {
	const pages: LinkLock['pages'] = {};
	for (const [path, page] of published(site)) {
		const id = idOf(path);
		pages[path] = { ...(id ? { id } : {}), anchors: [...new Set(page.headings)].filter((a) => a !== '_top') };
	}
	return { pages };
}

/** A published URL or anchor that no longer resolves, and the redirect or alias that would fix it. */
/** `base`: where the site is published; the lock itself never contains it, so it holds for every fork. */
export function checkLock(lock: LinkLock, site: SiteMap, pathOfId: (id: string) => string | undefined, base = '/'): Problem[] {
	const problems: Problem[] = [];
	for (const [path, locked] of Object.entries(lock.pages)) {
		const target = resolvePage(site, path, base);
		if (!target) {
			const moved = locked.id ? pathOfId(locked.id) : undefined;
			problems.push({
				code: 'missing-url',
				file: REDIRECTS_FILE,
				field: 'pages',
				message: `published URL ${path} no longer exists`,
				hint: moved
					? `Its entry "${locked.id}" now lives at ${moved}. Add \`- { from: ${path}, to: ${moved} }\` under pages:.`
					: 'Add a redirect under pages:, or run `npm run links:update` if the page was removed on purpose.',
			});
			continue;
		}
		for (const anchor of locked.anchors) {
			if (hasId(target.page, anchor)) continue;
			problems.push({
				code: 'missing-anchor',
				file: REDIRECTS_FILE,
				field: 'anchors',
				message: `published anchor ${path}#${anchor} no longer exists`,
				hint: `Add \`- { page: ${target.path}, from: ${anchor}, to: <new anchor> }\` under anchors: (current headings: ${target.page.headings.slice(0, 8).join(', ')}), or run \`npm run links:update\` if the heading was removed on purpose.`,
			});
		}
	}
	return problems;
}

/** Pages and headings that exist but are not in the lock yet. */
export function staleEntries(lock: LinkLock, site: SiteMap): string[] {
	const stale: string[] = [];
	for (const [path, page] of published(site)) {
		const locked = lock.pages[path];
		if (!locked) stale.push(path);
		else for (const anchor of new Set(page.headings)) if (anchor !== '_top' && !locked.anchors.includes(anchor)) stale.push(`${path}#${anchor}`);
	}
	return stale;
}
