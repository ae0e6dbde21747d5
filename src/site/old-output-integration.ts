// Moves the last build's output aside when a build starts and deletes it beside the build
// (src/site/old-output.ts says why and when it does not).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { moveAsideAndDelete } from './old-output.ts';

export function oldOutputAside(): AstroIntegration {
	let outDir = '';
	let root = '';
	let deleted: Promise<void> | undefined;
	return {
		name: 'roadmap:old-output-aside',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				root = fileURLToPath(config.root);
			},
			'astro:build:start': () => {
				deleted = moveAsideAndDelete(outDir, root)?.deleted;
			},
			'astro:build:done': async () => {
				await deleted;
			},
		},
	};
}
