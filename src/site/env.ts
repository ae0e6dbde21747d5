/**
 * Where the site is published, from the environment: `SITE_URL` (Astro's `site`, the origin canonical
 * links and roadmap.json URLs point at) and `BASE_PATH` (Astro's `base`, the folder the site lives in,
 * e.g. `/repo/` for a GitHub Pages project site). Pure, so astro.config.mjs and the tests share it.
 */

/** Used when `SITE_URL` is not set: what `astro dev` and `astro preview` serve, never a real domain. */
export const DEFAULT_SITE_URL = 'http://localhost:4321/';

export interface SiteConfig {
	/** Astro's `site`: the origin, e.g. `https://name.github.io/` (the base is kept apart, in `base`). */
	site: string;
	/** Astro's `base`: a path with a slash on both sides, `/` for a site at the root of its domain. */
	base: string;
	/** True when `SITE_URL` was not set, so canonical links point at the local default. */
	siteIsDefault: boolean;
}

export type SiteConfigResult = { ok: true; config: SiteConfig } | { ok: false; error: string };

/** `/fork` -> `/fork/`, `//a//b` -> `/a/b/`, `/` stays `/`. Assumes a leading slash. */
export const normalizeBase = (base: string): string => `/${base.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');

const fail = (name: string, given: string, why: string, example: string): SiteConfigResult => ({
	ok: false,
	error: `${name}=${JSON.stringify(given)} is not valid: ${why}. Example: ${name}=${example}`,
});

/**
 * Reads and checks `SITE_URL` and `BASE_PATH`. Empty values count as unset. A `SITE_URL` with a path
 * (`https://name.github.io/repo/`) also sets the base when `BASE_PATH` is unset; if both are set they
 * must agree, and so must a `BASE_URL` variable if one is set. Never throws: the caller turns an error
 * into a failed build.
 */
export function siteConfig(env: { SITE_URL?: string | undefined; BASE_PATH?: string | undefined; BASE_URL?: string | undefined }): SiteConfigResult {
	const rawSite = env.SITE_URL?.trim() ?? '';
	const rawBase = env.BASE_PATH?.trim() ?? '';

	let url: URL;
	try {
		url = new URL(rawSite || DEFAULT_SITE_URL);
	} catch {
		return fail('SITE_URL', rawSite, 'it is not an absolute URL', 'https://name.github.io');
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('SITE_URL', rawSite, `it must start with http:// or https://, not ${url.protocol}//`, 'https://name.github.io');
	if (url.search || url.hash) return fail('SITE_URL', rawSite, 'it must not have a query (?) or fragment (#)', 'https://name.github.io');
	const sitePath = normalizeBase(url.pathname);

	if (rawBase && !rawBase.startsWith('/')) return fail('BASE_PATH', rawBase, 'it must start with a slash', `/${rawBase.replace(/^\.?\/*/, '').replace(/\/*$/, '')}/`);
	if (/[?#\\\s]|\/\.\.?(\/|$)/.test(rawBase)) return fail('BASE_PATH', rawBase, 'it must be a plain path (no ?, #, spaces, backslashes, . or .. segments)', '/repo/');
	const base = rawBase ? normalizeBase(rawBase) : sitePath;
	if (rawBase && sitePath !== '/' && sitePath !== base)
		return fail('BASE_PATH', rawBase, `SITE_URL (${rawSite}) already ends in the path ${sitePath}; the two disagree. Set SITE_URL to the origin alone, or leave BASE_PATH unset`, sitePath);

	// Astro lets an environment variable BASE_URL override import.meta.env.BASE_URL, which Starlight and
	// withBase() read: a stray one would silently undo the base.
	const stray = env.BASE_URL?.trim();
	if (stray && normalizeBase(stray.startsWith('/') ? stray : `/${stray}`) !== base)
		return fail('BASE_URL', stray, `it overrides the base path (${base}) in the built pages; unset BASE_URL and use BASE_PATH`, base);

	return { ok: true, config: { site: `${url.origin}/`, base, siteIsDefault: !rawSite } };
}
