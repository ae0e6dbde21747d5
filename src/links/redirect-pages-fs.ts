import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { redirectFile, redirectPage, type Redirect } from './redirect-page.ts';

/**
 * Writes static redirect pages into a finished build, after Astro has rendered every page and Pagefind
 * has indexed them. Astro renders each `redirects` entry as a route, one at a time through its page
 * pipeline (2.7 ms each here), and Pagefind then reads each stub; writing the same bytes directly takes
 * a fraction of a millisecond. A redirect never replaces a page: a clash throws with both paths.
 */
export function writeRedirectPages(dist: string, redirects: readonly Redirect[], base: string, site: string | undefined): number {
	for (const redirect of redirects) {
		const file = join(dist, redirectFile(redirect.from));
		if (existsSync(file)) throw new Error(`The redirect from ${redirect.from} to ${redirect.to} would replace the page built at ${redirectFile(redirect.from)}. Remove the redirect, or rename the page.`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, redirectPage(redirect, base, site));
	}
	return redirects.length;
}
