import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { issuesToProblems } from '../check/zod-problems.ts';
import { parseYamlSource } from '../check/yaml-source.ts';
import type { Problem } from '../errors/problem.ts';
import { RedirectsSchema, type Redirects } from '../schemas/redirects.ts';
import { LOCK_FILE, type LinkLock } from './lock.ts';

export function readLock(root: string): LinkLock {
	const path = join(root, LOCK_FILE);
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as LinkLock) : { pages: {} };
}

export function writeLock(root: string, lock: LinkLock): void {
	writeFileSync(join(root, LOCK_FILE), `${JSON.stringify(lock, null, '\t')}\n`);
}

/** content/data/redirects.yaml, validated; a missing file means no redirects. */
export function readRedirects(root: string): { redirects: Redirects; problems: Problem[] } {
	const file = 'content/data/redirects.yaml';
	const path = join(root, file);
	const empty: Redirects = { pages: [], anchors: [] };
	if (!existsSync(path)) return { redirects: empty, problems: [] };
	const { source, problems } = parseYamlSource(readFileSync(path, 'utf8'), file);
	if (!source) return { redirects: empty, problems };
	const result = RedirectsSchema.safeParse(source.data ?? {}, { reportInput: true });
	if (!result.success) return { redirects: empty, problems: issuesToProblems(result.error.issues, RedirectsSchema, file, source) };
	return { redirects: result.data, problems: [] };
}
