// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import starlightLinksValidator from 'starlight-links-validator';
import { helpUrl, problemCodes } from './src/errors/catalogue.ts';
import { roadmapData } from './src/export/plugin.ts';
import { permalinks } from './src/links/plugin.ts';
import { roadmap } from './src/plugin.ts';
import { copyAnchorScript } from './src/site/copy-anchor.ts';
import { satteriMermaid } from './src/diagram/render/satteri-mermaid.ts';
import { satteriTables } from './src/site/satteri-tables.ts';

/** @param {string} path */
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
	// srcDir '.': Starlight's docsLoader reads <srcDir>/content/docs and has no base option, so this is how
	// the content stays in top-level content/. All code still lives in src/ (README, "Architecture").
	srcDir: '.',
	site: 'https://backend-to-ai.example.org',
	// Sätteri, Astro's default processor, with one mdast plugin (```mermaid fences become inline SVG) and
	// one hast plugin (Markdown tables scroll inside a focusable region). hastPlugins must stay an array:
	// Expressive Code adds its Sätteri plugin there, and skips code highlighting when the option is missing.
	markdown: { processor: satteri({ mdastPlugins: [satteriMermaid(here('.'))], hastPlugins: [satteriTables()] }) },
	integrations: [
		starlight({
			title: 'Backend → AI/ML',
			description: 'A sourced, typed roadmap from backend engineer to AI / ML engineer.',
			// The validator cannot see headings rendered by components; /contributing/errors/ renders one per
			// problem code, so links to exactly those anchors are left to our own check (src/links/).
			// Diagram full-size pages (/diagrams/<slug>/, src/diagram/fit.ts) are injected routes the validator cannot
			// see either; our own check of the built HTML (src/links/) covers links to them.
			plugins: [roadmap(), permalinks(), roadmapData(), starlightLinksValidator({ exclude: ({ link }) => link.startsWith('/diagrams/') || Object.keys(problemCodes).some((code) => link === helpUrl(/** @type {keyof typeof problemCodes} */ (code))) })],
			// diagrams/mermaid.css is generated with the render store: mermaid's shared rules and the dark palette.
			customCss: [here('./src/styles/roadmap.css'), here('./diagrams/mermaid.css')],
			head: [{ tag: 'script', attrs: { type: 'module' }, content: copyAnchorScript }],
			routeMiddleware: here('./src/route-middleware.ts'),
			// Code blocks wrap instead of scrolling sideways: a scrolling <pre> is only keyboard-reachable
			// once Expressive Code's script has run, and readers without JavaScript would lose it.
			expressiveCode: { defaultProps: { wrap: true } },
			components: {
				MarkdownContent: here('./src/components/MarkdownContent.astro'),
				Search: here('./src/components/Search.astro'),
			},
		}),
	],
});
