import { escapeHtml } from '../diagram/escape.ts';
import { withBase } from '../site/url.ts';

/** One static redirect: a site path (`/s/x/`, no base) that leads to a URL path already carrying the base. */
export interface Redirect {
	from: string;
	to: string;
}

/** How every redirect page begins, ours and Astro's alike (see redirectPage). */
const redirectStart = '<!doctype html><title>Redirecting to: ';

/**
 * The HTML of a static redirect page, byte for byte what Astro writes for a `redirects` entry (its
 * core/routing/3xx.js template with compressHTML): a zero-second refresh, `noindex`, the target as the
 * canonical link and a link for readers whose browser ignores the refresh. `site` makes the canonical
 * absolute; without it the canonical is the path, as in Astro.
 */
export function redirectPage({ from, to }: Redirect, base: string, site: string | undefined): string {
	const rel = escapeHtml(to);
	const abs = escapeHtml(site ? new URL(to, site).href : to);
	const fromPath = escapeHtml(withBase(withSlash(from), base));
	return `${redirectStart}${rel}</title><meta http-equiv="refresh" content="0;url=${rel}"><meta name="robots" content="noindex"><link rel="canonical" href="${abs}"><body>\t<a href="${rel}">Redirecting from <code>${fromPath}</code> to <code>${rel}</code></a></body>`;
}

/** True for the HTML of a redirect page (see redirectPage), false for a page. Pure. */
export const isRedirectPage = (html: string): boolean => html.startsWith(redirectStart);

/** `/s/x` -> `/s/x/`: redirects are directories with an index.html, like every page of the site. */
export const withSlash = (path: string): string => (path.endsWith('/') ? path : `${path}/`);

/** The file a redirect page is written to, relative to the build output: `/s/x` -> `s/x/index.html`. */
export const redirectFile = (from: string): string => `${withSlash(from).slice(1)}index.html`;

/** What to say when a redirect would take the place of a page built at its path. */
export const replacesPage = (redirect: Redirect): string =>
	`The redirect from ${redirect.from} to ${redirect.to} would replace the page built at ${redirectFile(redirect.from)}. Remove the redirect, or rename the page.`;
