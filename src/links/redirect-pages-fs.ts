import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { inLanes } from '../site/lanes.ts';
import { redirectFile, redirectPage, type Redirect } from './redirect-page.ts';

/**
 * Writes static redirect pages into the build output. Astro renders each `redirects` entry as a route, one
 * at a time through its page pipeline (2.7 ms each here); writing the same bytes directly, sixteen at a time,
 * takes a fraction of a millisecond. A redirect never replaces a page already there (the file is opened only
 * if it does not exist): a clash throws with both paths. A page built after it replaces it instead, which
 * replacedRedirects (redirect-page.ts) reports with the same words.
 */
export async function writeRedirectPages(dist: string, redirects: readonly Redirect[], base: string, site: string | undefined): Promise<number> {
	await inLanes(redirects, 16, async (redirect) => {
		const file = join(dist, redirectFile(redirect.from));
		await mkdir(dirname(file), { recursive: true });
		try {
			await writeFile(file, redirectPage(redirect, base, site), { flag: 'wx' });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			throw new Error(`The redirect from ${redirect.from} to ${redirect.to} would replace the page built at ${redirectFile(redirect.from)}. Remove the redirect, or rename the page.`);
		}
	});
	return redirects.length;
}
