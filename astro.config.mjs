// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { roadmap } from './src/plugin.ts';

/** @param {string} path */
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
	// srcDir '.': Starlight's docsLoader reads <srcDir>/content/docs and has no base option, so this is how
	// the content stays in top-level content/. All code still lives in src/ (README, "Architecture").
	srcDir: '.',
	site: 'https://backend-to-ai.example.org',
	integrations: [
		starlight({
			title: 'Backend → AI/ML',
			description: 'A sourced, typed roadmap from backend engineer to AI / ML engineer.',
			plugins: [roadmap()],
			customCss: [here('./src/styles/roadmap.css')],
			routeMiddleware: here('./src/route-middleware.ts'),
			components: {
				MarkdownContent: here('./src/components/MarkdownContent.astro'),
			},
		}),
	],
});
