import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site; ROADMAP_DIST points the tests at another build (e.g. one made with --outDir). */
export const distDir = process.env.ROADMAP_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));

/** What `astro build` printed for distDir, kept by the global setup (tests/support/build-site.ts). */
export const buildLogFile = `${distDir.replace(/[\\/]$/, '')}.build.log`;

/** Site paths of every built HTML page, e.g. `/skills/rag-fundamentals/`. Redirect pages are left out. */
export function builtPages(): string[] {
	const pages: string[] = [];
	for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || entry.name !== 'index.html') continue;
		const file = join(entry.parentPath, entry.name);
		if (readFileSync(file, 'utf8').includes('http-equiv="refresh"')) continue;
		pages.push(`/${relative(distDir, entry.parentPath).replaceAll('\\', '/')}/`.replace('//', '/'));
	}
	return pages.sort();
}

/** The built HTML of a site path. */
export const readPage = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
