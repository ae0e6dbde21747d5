// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { azPage } from './src/a-z/plugin.ts';
import { roadmapData } from './src/export/plugin.ts';
import { permalinks } from './src/links/plugin.ts';
import { siteFiles } from './src/og/plugin.ts';
import { roadmap } from './src/plugin.ts';
import { copyAnchorScript } from './src/site/copy-anchor.ts';
import { directives, inlineScriptHashes, scriptResources, styleResources } from './src/site/csp.ts';
import { cspFirst } from './src/site/csp-integration.ts';
import { oldOutputAside } from './src/site/old-output-integration.ts';
import { satteriMermaid } from './src/diagram/render/satteri-mermaid.ts';
import { satteriTables } from './src/site/satteri-tables.ts';
import { satteriBase } from './src/site/satteri-base.ts';
import { satteriGlossary } from './src/site/satteri-glossary.ts';
import { mdxFrontmatterOnce } from './src/site/mdx-frontmatter.ts';
import { siteConfig } from './src/site/env.ts';
import { siteDescription, siteTitle } from './src/site/identity.ts';

/** @param {string} path */
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

// SITE_URL and BASE_PATH say where the site is published (README, "Publishing"); a bad value stops here.
const env = siteConfig(process.env);
if (!env.ok) throw new Error(env.error);
const { site, base } = env.config;

export default defineConfig({
	// srcDir '.': Starlight's docsLoader reads <srcDir>/content/docs and has no base option, so this is how
	// the content stays in top-level content/. All code still lives in src/ (README, "Architecture").
	srcDir: '.',
	// Writes .astro/collections/*.schema.json and collections.json, which the Astro VS Code extension uses to
	// complete and validate frontmatter (.vscode/settings.json, CONTRIBUTING.md "Editor support").
	experimental: { contentIntellisense: true },
	site,
	base,
	// Sätteri, Astro's default processor, with one mdast plugin (```mermaid fences become inline SVG) and hast
	// plugins (root-absolute links get the base; Markdown tables scroll inside a focusable region; the first use
	// of a glossary term links to its entry). The first three are left out of a file, or a site, where they have
	// nothing to do: a page without a fence or a table, a site at a domain root. hastPlugins must stay an array:
	// Expressive Code adds its Sätteri plugin there, and skips code highlighting when the option is missing.
	// Content-Security-Policy as a <meta> in every page (src/site/csp.ts says what it allows and why).
	// Stylesheets stay files: Astro does not hash every <style> it inlines (the /plan/ page's was missed),
	// and with no inline <style> the policy's style-src needs no hashes at all.
	build: { inlineStylesheets: 'never' },
	security: { csp: { directives: [...directives], scriptDirective: { resources: scriptResources, hashes: inlineScriptHashes }, styleDirective: { resources: styleResources } } },
	markdown: { processor: satteri({ mdastPlugins: [satteriMermaid(here('.'), base)], hastPlugins: [satteriBase(base), satteriTables(), satteriGlossary(base)] }) },
	// The MDX compiler gets each content page with its frontmatter emptied: the content layer has parsed it
	// already, and the compiled module need not export a copy (src/site/mdx-frontmatter.ts).
	vite: { plugins: [mdxFrontmatterOnce()] },
	integrations: [
		starlight({
			title: siteTitle,
			description: siteDescription,
			// Links are checked twice, by our own code: in MDX bodies before the build, with file and line
			// (src/graph/check-body-links.ts), and in the built HTML after it, generated diagrams, tables and
			// components included (src/links/).
			// public/favicon.svg; siteFiles() adds the PNG fallback, robots.txt and a link-preview card per page.
			favicon: '/favicon.svg',
			plugins: [roadmap(), permalinks(), roadmapData(), siteFiles(), azPage()],
			// diagrams/mermaid.css is generated with the render store: mermaid's shared rules and the dark palette.
			customCss: [here('./src/styles/roadmap.css'), here('./diagrams/mermaid.css')],
			head: [{ tag: 'script', attrs: { type: 'module' }, content: copyAnchorScript }],
			routeMiddleware: here('./src/route-middleware.ts'),
			// Code blocks wrap instead of scrolling sideways: a scrolling <pre> is only keyboard-reachable
			// once Expressive Code's script has run, and readers without JavaScript would lose it.
			expressiveCode: { defaultProps: { wrap: true } },
			components: {
				LastUpdated: here('./src/components/LastUpdated.astro'),
				MarkdownContent: here('./src/components/MarkdownContent.astro'),
				Search: here('./src/components/Search.astro'),
				Sidebar: here('./src/components/Sidebar.astro'),
			},
		}),
		// Astro writes the policy <meta> after Starlight's <title> and head scripts; a <meta> policy only
		// covers what follows it, so this moves it to the top of <head> after the build.
		cspFirst(),
		// Astro empties the output folder in the main thread before it builds; this moves the old output
		// aside and deletes it beside the build instead (src/site/old-output.ts).
		oldOutputAside(),
	],
});
