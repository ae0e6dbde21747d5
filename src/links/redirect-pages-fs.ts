import { join } from 'node:path';
import { writeAside } from '../site/write-aside.ts';
import { redirectFile, redirectPage, type Redirect } from './redirect-page.ts';

/**
 * Writes static redirect pages into the build output. Astro renders each `redirects` entry as a route, one
 * at a time through its page pipeline (2.7 ms each here); these are the same bytes, written in a worker
 * thread (writeAside). A redirect never replaces a page already there (the file is opened only if it does
 * not exist): a clash throws with both paths. A page built after it replaces it instead, which
 * replacedRedirects (redirect-page.ts) reports with the same words.
 */
export async function writeRedirectPages(dist: string, redirects: readonly Redirect[], base: string, site: string | undefined): Promise<number> {
	const byFile = new Map<string, Redirect>();
	for (const redirect of redirects) {
		const file = join(dist, redirectFile(redirect.from));
		const other = byFile.get(file);
		if (other) throw new Error(`Two redirects leave ${redirect.from}: to ${other.to} and to ${redirect.to}. Keep one of them.`);
		byFile.set(file, redirect);
	}
	const failures = await writeAside([...byFile].map(([file, redirect]) => ({ file, text: redirectPage(redirect, base, site), exclusive: true })));
	const clash = failures.find((failure) => failure.code === 'EEXIST');
	if (clash) {
		const redirect = byFile.get(clash.file)!;
		throw new Error(`The redirect from ${redirect.from} to ${redirect.to} would replace the page built at ${redirectFile(redirect.from)}. Remove the redirect, or rename the page.`);
	}
	if (failures.length > 0) throw new Error(`Could not write the redirect page ${failures[0]!.file}: ${failures[0]!.message}`);
	return redirects.length;
}
