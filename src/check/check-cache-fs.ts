import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { checkContent, type CheckResult } from './run-check.ts';

/** Bump when the cached value changes shape without any file under src/ changing (never so far). */
const FORMAT = 'roadmap-content-check 1';

/** Kept beside Astro's and Vite's own caches: ignored by git, dropped with node_modules. */
export const checkCacheDir = (root: string) => join(root, 'node_modules', '.cache', 'roadmap-content-check');

/** Results kept at once: a few, for switching between branches. */
const KEEP = 4;

/**
 * Every file under `dir`, by path and bytes, in a stable order. Anything that is not a folder is read
 * through links, as the check reads a data file by name; what cannot be read counts as such.
 */
function addTree(hash: Hash, dir: string): void {
	let names: string[];
	try {
		names = readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => !entry.isDirectory())
			.map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
			.sort();
	} catch {
		hash.update('unreadable\0');
		return;
	}
	for (const name of names) {
		hash.update(`${name}\0`);
		try {
			hash.update(readFileSync(join(dir, name)));
		} catch {
			hash.update('unreadable');
		}
		hash.update('\0');
	}
}

/** The version of each dependency a project lists, as installed: zod, the YAML parsers, Sätteri. */
function addDependencies(hash: Hash, root: string): void {
	let names: string[] = [];
	try {
		const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
		names = Object.keys(manifest.dependencies ?? {}).sort();
	} catch {
		hash.update('package.json unreadable\0');
	}
	for (const name of names) {
		let version = 'missing';
		try {
			version = (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? 'none';
		} catch {}
		hash.update(`${name}@${version}\0`);
	}
}

/**
 * The code that runs the check: the src/ folder this module is in. It is not always the project's src/: a
 * test fixture borrows the project's config, and code bundled into pages hashes its own chunks (a miss).
 */
const runningCode = fileURLToPath(new URL('..', import.meta.url));

/**
 * What decides the check's result, as one key: every file under content/ (pages, data, redirects, the link
 * lock), every file of the code that checks it (`code`, src/), the dependencies installed beside that code, Node's version
 * (the cache's format is V8's) and the one environment variable the check reads.
 */
export function checkKey(root: string, code = runningCode): string {
	const hash = createHash('sha256');
	hash.update(`${FORMAT}\0${process.version}\0${process.versions.v8}\0links-update=${process.env.ROADMAP_LINKS_UPDATE === '1'}\0`);
	addDependencies(hash, join(code, '..'));
	hash.update('\0code\0');
	addTree(hash, code);
	hash.update('\0content\0');
	addTree(hash, join(root, 'content'));
	return hash.digest('hex');
}

const isResult = (value: unknown): value is CheckResult =>
	typeof value === 'object' && value !== null && 'graph' in value && 'redirects' in value && Array.isArray((value as CheckResult).problems);

/**
 * The content check, kept between builds (issue 12: 0.6-0.8 s of every build at 1,000 skills). A result is
 * kept only when the check found nothing, under a key of everything it read and the code that read it
 * (checkKey), so a hit is the answer the check would give now: any edited page, data file, rule or
 * dependency is a miss and runs the check. A result whose files changed while it ran is not kept. The cache
 * never fails a build: a folder that cannot be written or an entry that cannot be read is a miss.
 */
export function cachedCheck(root: string, check: (root: string) => CheckResult = checkContent, code = runningCode): CheckResult {
	const dir = checkCacheDir(root);
	const key = checkKey(root, code);
	const file = join(dir, `${key}.v8`);
	try {
		const value: unknown = deserialize(readFileSync(file));
		if (isResult(value) && value.problems.length === 0) return value;
	} catch {}
	const result = check(root);
	if (result.problems.length > 0 || checkKey(root, code) !== key) return result;
	try {
		mkdirSync(dir, { recursive: true });
		const partial = `${file}.${process.pid}.tmp`;
		writeFileSync(partial, serialize(result));
		renameSync(partial, file);
		const kept = readdirSync(dir)
			.map((name) => ({ name, time: statSync(join(dir, name)).mtimeMs }))
			.sort((a, b) => b.time - a.time);
		for (const { name } of kept.slice(KEEP)) rmSync(join(dir, name), { force: true });
	} catch {}
	return result;
}
