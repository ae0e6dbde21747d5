import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cachedCheck } from '../check/check-cache-fs.ts';
import type { CheckResult } from '../check/run-check.ts';

/** Shared by every copy of this module in one process: the plugins load it from src/, pages from Astro's bundled chunks. */
const cache = ((globalThis as { __roadmapContentCheck?: Map<string, { stamp: string; result: CheckResult }> }).__roadmapContentCheck ??= new Map());

/** What the content folder holds now: each file's path, size and modification time. A few ms for 3,000 files. */
function contentStamp(root: string): string {
	const dir = join(root, 'content');
	const parts: string[] = [];
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		const { size, mtimeMs } = statSync(file);
		parts.push(`${file}:${size}:${mtimeMs}`);
	}
	return parts.sort().join('\n');
}

/**
 * The content check, run once per build: the roadmap plugin, the permalinks plugin and every page ask for
 * it, and at 1,000 skills each run parses some 1,000 frontmatters (seconds, the largest repeated cost in
 * the build profile). The result is reused while no file under content/ changed (same paths, sizes and
 * modification times), so a dev server that edits content still sees a fresh check. Between builds, a clean
 * result is kept on disk under a key of everything the check reads (src/check/check-cache-fs.ts).
 */
export function checkContentOnce(root: string): CheckResult {
	const stamp = contentStamp(root);
	const hit = cache.get(root);
	if (hit?.stamp === stamp) return hit.result;
	const result = cachedCheck(root);
	cache.set(root, { stamp, result });
	return result;
}
