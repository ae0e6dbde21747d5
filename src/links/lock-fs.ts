import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { issuesToProblems } from '../check/zod-problems.ts';
import { parseYamlSource } from '../check/yaml-source.ts';
import type { Problem } from '../errors/problem.ts';
import { RedirectsSchema, type Redirects } from '../schemas/redirects.ts';
import { LOCK_FILE, type LinkLock } from './lock.ts';

export function readLock(root: string): LinkLock {
	return readLockChecked(root).lock;
}

/** The link lock, or an empty one and a problem when it cannot be read or is not a lock. Never throws. */
export function readLockChecked(root: string): { lock: LinkLock; problems: Problem[] } {
	const path = join(root, LOCK_FILE);
	const empty: LinkLock = { pages: {} };
	if (!existsSync(path)) return { lock: empty, problems: [] };
	const fail = (message: string) => ({
		lock: empty,
		problems: [{
			code: 'unreadable-file' as const, file: LOCK_FILE, line: undefined, field: '', message,
			hint: 'Restore the file from git (`git checkout content/data/links.lock.json`), then run `npm run links:update` if pages or headings were added. Until then no published URL, anchor or id is protected.',
		}],
	});
	try {
		const lock = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as LinkLock;
		const pages = lock?.pages;
		if (!pages || typeof pages !== 'object' || Array.isArray(pages)) return fail('is not a link lock: it has no "pages" object');
		for (const [url, page] of Object.entries(pages)) {
			if (!page || typeof page !== 'object' || !Array.isArray(page.anchors) || (page.id !== undefined && typeof page.id !== 'string')) {
				return fail(`is not a valid link lock: the entry for ${url} needs "anchors" (a list) and at most an "id" (text)`);
			}
		}
		return { lock, problems: [] };
	} catch (error) {
		return fail(`could not be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
	}
}

export function writeLock(root: string, lock: LinkLock): void {
	writeFileSync(join(root, LOCK_FILE), `${JSON.stringify(lock, null, '\t')}\n`);
}

export const REDIRECTS_FILE = 'content/data/redirects.yaml';

/** content/data/redirects.yaml, validated; a missing file means no redirects. Never throws. */
export function readRedirects(root: string): { redirects: Redirects; problems: Problem[]; locate: (path: readonly (string | number)[]) => number | undefined } {
	const file = REDIRECTS_FILE;
	const path = join(root, file);
	const empty: Redirects = { pages: [], anchors: [], ids: [] };
	const none = () => undefined;
	if (!existsSync(path)) return { redirects: empty, problems: [], locate: none };
	let text: string;
	try {
		text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
	} catch (error) {
		return { redirects: empty, locate: none, problems: [{ code: 'unreadable-file', file, field: '', message: `could not be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, hint: 'Check that the file is readable UTF-8 text.' }] };
	}
	const { source, problems } = parseYamlSource(text, file);
	if (!source) return { redirects: empty, problems, locate: none };
	const locate = (p: readonly (string | number)[]) => source.lineOf(p);
	const result = RedirectsSchema.safeParse(source.data ?? {}, { reportInput: true });
	if (!result.success) return { redirects: empty, problems: issuesToProblems(result.error.issues, RedirectsSchema, file, source), locate };
	return { redirects: result.data, problems: [], locate };
}
