import type { StarlightPlugin } from '@astrojs/starlight/types';
import { fileURLToPath } from 'node:url';
import { ogCards, ogOff } from './cards.ts';
import { checkContentOnce } from '../site/content-once.ts';
import { siteCardLine, writeCards } from './write-cards-fs.ts';
import { withSlash } from './robots.ts';

const here = (file: string) => new URL(file, import.meta.url);

/**
 * What a forked site needs around its pages: the PNG favicon next to Starlight's SVG one, robots.txt
 * (generated, with the sitemap's absolute URL), and a link-preview card per page (/og/<path>.png) with
 * og:image set on every page. public/ holds the favicons and the default social image.
 */
export function siteFiles(): StarlightPlugin {
	return {
		name: 'roadmap-site-files',
		hooks: {
			'config:setup'({ addIntegration, addRouteMiddleware, astroConfig, command, config, logger, updateConfig }) {
				const png = `${withSlash(astroConfig.base)}favicon.png`;
				updateConfig({
					head: [
						...(config.head ?? []),
						{ tag: 'link', attrs: { rel: 'icon', type: 'image/png', sizes: '192x192', href: png } },
						{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: png } },
					],
				});
				addRouteMiddleware({ entrypoint: fileURLToPath(here('./og-middleware.ts')) });
				const root = fileURLToPath(astroConfig.root);
				const write = (dist: string) => writeCards(root, dist, ogCards(checkContentOnce(root).graph, siteCardLine));
				let outDir = '';
				let written: ReturnType<typeof write> | undefined;
				addIntegration({
					name: 'roadmap-site-files',
					hooks: {
						'astro:config:setup'({ injectRoute }) {
							injectRoute({ pattern: '/robots.txt', entrypoint: here('./robots-route.ts'), prerender: true });
							// The dev server draws a card when asked; a build writes them all beside the pages.
							if (!ogOff() && command !== 'build') injectRoute({ pattern: '/og/[...path]', entrypoint: here('./og-route.ts'), prerender: true });
						},
						'astro:config:done'({ config }) {
							outDir = fileURLToPath(config.outDir);
						},
						// A card needs only its page's title and kind, known from the content graph: the cards are
						// written while Vite bundles, once Astro has emptied the output folder (at 1,000 skills, 0.3 s
						// of copies that were the last step of the build), and awaited at the end.
						'astro:build:setup'() {
							if (ogOff() || written) return;
							written = write(outDir);
							// Reported when the build awaits it below; a build that stops earlier has its own error.
							written.catch(() => {});
						},
						async 'astro:build:done'({ dir }) {
							if (ogOff()) return;
							const { drawn, copied } = await (written ?? write(fileURLToPath(dir)));
							logger.info(`link-preview cards: ${drawn} drawn, ${copied} from the cache`);
						},
					},
				});
			},
		},
	};
}
