/**
 * Site paths and the base path. Everything the roadmap computes (graph hrefs, the link lock, redirects,
 * the render store) uses root-absolute site paths such as `/skills/x/`, independent of where the site is
 * published; a path gets the base (`/repo/skills/x/` on a GitHub Pages project site) only where it is
 * written into HTML, through `withBase`. The link checks go the other way with `stripBase`.
 */
import { normalizeBase } from './env.ts';

/**
 * The base of the running build, as Astro sets it (`import.meta.env.BASE_URL`); `/` outside Vite
 * (the CLI, unit tests). Components use `withBase(href)`; pure generators take the base as an argument.
 */
const env = import.meta.env as ImportMetaEnv | undefined;
export const siteBase: string = normalizeBase(env?.BASE_URL ?? '/');

/** True for a root-absolute site path (`/x/`), false for external (`https:`, `//host`), relative and `#hash` links. */
export const isSitePath = (href: string): boolean => href.startsWith('/') && !href.startsWith('//');

/**
 * Prefixes a root-absolute site path with the base: `/skills/x/` -> `/repo/skills/x/`. Anything else
 * (external URL, `#hash`, relative link, empty string) is returned as given, so it is safe on every href.
 */
export function withBase(href: string, base: string = siteBase): string {
	if (!isSitePath(href)) return href;
	const b = normalizeBase(base);
	return b === '/' ? href : `${b}${href.slice(1)}`;
}

/**
 * The site path of a root-absolute URL path on a site published under `base`: `/repo/skills/x/` ->
 * `/skills/x/`; `/repo` -> `/`. Undefined when the path lies outside the base, so no page of the site
 * can answer it.
 */
export function stripBase(path: string, base: string): string | undefined {
	const b = normalizeBase(base);
	if (b === '/') return path;
	if (path === b.slice(0, -1)) return '/';
	return path.startsWith(b) ? `/${path.slice(b.length)}` : undefined;
}

/** The absolute URL of a site path: `absoluteUrl('/s/x/', 'https://name.github.io/', '/repo/')`. */
export const absoluteUrl = (path: string, site: string, base: string = siteBase): string => new URL(withBase(path, base), site).href;
