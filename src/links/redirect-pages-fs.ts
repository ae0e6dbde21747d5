import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeAside } from '../site/write-aside.ts';
import { redirectFile, redirectPage, replacesPage, type Redirect } from './redirect-page.ts';

/**
 * What a redirect page is called until it is published: a name Pagefind's `**\/*.html` does not match.
 * Pagefind reads every HTML file of the output and indexes nothing in a redirect page: at 82 skills it read
 * 417 files for 182 pages (standalone on that output, 660 against 525 ms), at 3,082 skills some 9,900 for
 * 3,347 (issue 12).
 */
export const PENDING = '.pending';

/** Redirect pages written under their pending name, to be published once Pagefind has indexed the site. */
export interface StagedRedirects {
	/** Each redirect's final file (absolute), with the redirect it holds. */
	files: ReadonlyMap<string, Redirect>;
}

/**
 * Writes static redirect pages into the build output under their pending name (`s/x/index.html.pending`).
 * Astro renders each `redirects` entry as a route, one at a time through its page pipeline (2.7 ms each
 * here); these are the same bytes, written in a worker thread (writeAside) while Vite bundles.
 * publishRedirectPages gives them their name after the search index is built.
 */
export async function stageRedirectPages(dist: string, redirects: readonly Redirect[], base: string, site: string | undefined): Promise<StagedRedirects> {
	const files = new Map<string, Redirect>();
	for (const redirect of redirects) {
		const file = join(dist, redirectFile(redirect.from));
		const other = files.get(file);
		if (other) throw new Error(`Two redirects leave ${redirect.from}: to ${other.to} and to ${redirect.to}. Keep one of them.`);
		files.set(file, redirect);
	}
	const failures = await writeAside([...files].map(([file, redirect]) => ({ file: file + PENDING, text: redirectPage(redirect, base, site), exclusive: true })));
	if (failures.length > 0) throw new Error(`Could not write the redirect page ${failures[0]!.file}: ${failures[0]!.message}`);
	return { files };
}

/**
 * Gives each staged redirect page its name, a rename (13 µs each here). A redirect never replaces a page
 * built at its path: the first clash throws with both paths, and no pending file is left behind.
 * Returns how many were published.
 */
export function publishRedirectPages({ files }: StagedRedirects): number {
	const clash = [...files].find(([file]) => existsSync(file));
	if (clash) {
		for (const file of files.keys()) rmSync(file + PENDING, { force: true });
		throw new Error(replacesPage(clash[1]));
	}
	for (const file of files.keys()) renameSync(file + PENDING, file);
	return files.size;
}
