import type { StarlightPlugin } from '@astrojs/starlight/types';

const route = (file: string) => new URL(file, import.meta.url);

/**
 * Publishes the roadmap as data: /roadmap.json (every entry, versioned) and /roadmap.schema.json (its
 * JSON Schema, generated from src/schemas/roadmap-json.ts), and as text for language models: /llms.txt,
 * /llms-full.txt and /llms-small.txt (src/export/llms.ts). There is no pages/ folder (README,
 * "Why srcDir: '.'"), so the two endpoints are injected routes.
 */
export function roadmapData(): StarlightPlugin {
	return {
		name: 'roadmap-data',
		hooks: {
			'config:setup'({ addIntegration }) {
				addIntegration({
					name: 'roadmap-data',
					hooks: {
						'astro:config:setup'({ injectRoute }) {
							injectRoute({ pattern: '/roadmap.json', entrypoint: route('./roadmap-json-route.ts'), prerender: true });
							injectRoute({ pattern: '/roadmap.schema.json', entrypoint: route('./roadmap-schema-route.ts'), prerender: true });
							// The llmstxt.org files, from the graph: a page's frontmatter is most of what it says.
							injectRoute({ pattern: '/llms.txt', entrypoint: route('./llms-txt-route.ts'), prerender: true });
							injectRoute({ pattern: '/llms-full.txt', entrypoint: route('./llms-full-route.ts'), prerender: true });
							injectRoute({ pattern: '/llms-small.txt', entrypoint: route('./llms-small-route.ts'), prerender: true });
						},
					},
				});
			},
		},
	};
}
