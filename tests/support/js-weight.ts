import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './dist.ts';

/** Static imports of a built module (`import "./x.js"`, `import {a} from "./x.js"`), not dynamic `import()`. */
const staticImports = (code: string) => [...code.matchAll(/(?:^|[;\s])import\s*(?:[^'"();]*?from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);

/**
 * Bytes of JavaScript a page loads before any interaction: inline scripts, external module scripts and
 * their static imports. Code loaded on demand (Pagefind's UI when search opens) is not counted.
 */
export function initialJsBytes(html: string): { bytes: number; files: string[] } {
	let bytes = 0;
	const files = new Set<string>();
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const attrs = m[1]!;
		if (/type="(application\/(ld\+)?json|text\/plain)"/.test(attrs)) continue;
		const src = /src="([^"]+)"/.exec(attrs)?.[1];
		if (!src) bytes += Buffer.byteLength(m[2]!);
		else files.add(src);
	}
	const queue = [...files];
	while (queue.length) {
		const src = queue.shift()!;
		const path = join(distDir, src);
		if (!existsSync(path)) continue;
		const code = readFileSync(path, 'utf8');
		bytes += Buffer.byteLength(code);
		for (const dep of staticImports(code)) {
			const resolved = new URL(dep, `http://x${src}`).pathname;
			if (!files.has(resolved)) {
				files.add(resolved);
				queue.push(resolved);
			}
		}
	}
	return { bytes, files: [...files] };
}
