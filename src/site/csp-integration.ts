// After the build, puts each page's Content-Security-Policy <meta> first in <head> (see hoistCspMetaBytes).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hoistCspMetaBytes } from './csp.ts';

export function cspFirst(): AstroIntegration {
	return {
		name: 'roadmap:csp-first',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let moved = 0;
				for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
					if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
					const file = join(entry.parentPath, entry.name);
					const hoisted = hoistCspMetaBytes(await readFile(file));
					if (hoisted) {
						await writeFile(file, hoisted);
						moved++;
					}
				}
				logger.info(`Content-Security-Policy moved to the top of <head> in ${moved} pages`);
			},
		},
	};
}
