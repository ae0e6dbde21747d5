// Puts each page's Content-Security-Policy <meta> first in <head> (see hoistCspMetaBytes), through a
// middleware that sees each page before Astro writes it. It ran as a pass over the written HTML before:
// reading and writing every page a second time cost 0.4 s at 82 skills, mostly waiting on the disk.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function cspFirst(): AstroIntegration {
	return {
		name: 'roadmap:csp-first',
		hooks: {
			'astro:config:setup': ({ addMiddleware }) => {
				addMiddleware({ entrypoint: fileURLToPath(new URL('./csp-middleware.ts', import.meta.url)), order: 'post' });
			},
		},
	};
}
