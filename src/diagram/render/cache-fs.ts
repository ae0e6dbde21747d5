import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { mermaidConfig, type ThemeName } from '../themes.ts';
import type { Rendered } from './rendered.ts';

/** Bumped when in-page.ts changes what it stores, so old entries stop matching. */
const formatVersion = 4;

const mermaidVersion: string = createRequire(import.meta.url)('mermaid/package.json').version;

/** The cache key: sha256 of the source, the theme (its full configuration) and the mermaid version. */
export function cacheKey(source: string, theme: ThemeName): string {
	const input = JSON.stringify([formatVersion, mermaidVersion, theme, mermaidConfig(theme), source]);
	return createHash('sha256').update(input).digest('hex');
}

/** Rendered SVG on disk under `<root>/.cache/diagrams`, one JSON file per key. */
export function diagramCache(root: string) {
	const dir = join(root, '.cache', 'diagrams');
	const path = (key: string) => join(dir, `${key}.json`);
	return {
		dir,
		has: (key: string) => existsSync(path(key)),
		read(key: string): Rendered | undefined {
			try {
				return JSON.parse(readFileSync(path(key), 'utf8')) as Rendered;
			} catch {
				return undefined;
			}
		},
		write(key: string, rendered: Rendered) {
			mkdirSync(dir, { recursive: true });
			// Write then rename: a build killed mid-write never leaves a half file that parses as a hit.
			const temp = `${path(key)}.${process.pid}.tmp`;
			writeFileSync(temp, JSON.stringify(rendered));
			renameSync(temp, path(key));
		},
		/** Deletes entries no diagram of the site uses any more; returns how many. */
		prune(keep: ReadonlySet<string>): number {
			if (!existsSync(dir)) return 0;
			const stale = readdirSync(dir).filter((name) => !keep.has(name.replace(/\.json$/, '')));
			for (const name of stale) rmSync(join(dir, name), { force: true });
			return stale.length;
		},
	};
}
