import type { StarlightPlugin } from '@astrojs/starlight/types';
import { fileURLToPath } from 'node:url';
import { ogOff } from './cards.ts';
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
			'config:setup'({ addIntegration, addRouteMiddleware, astroConfig, config, updateConfig }) {
				const png = `${withSlash(astroConfig.base)}favicon.png`;
				updateConfig({
					head: [
						...(config.head ?? []),
						{ tag: 'link', attrs: { rel: 'icon', type: 'image/png', sizes: '192x192', href: png } },
						{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: png } },
					],
				});
				addRouteMiddleware({ entrypoint: fileURLToPath(here('./og-middleware.ts')) });
				addIntegration({
					name: 'roadmap-site-files',
					hooks: {
						'astro:config:setup'({ injectRoute }) {
							injectRoute({ pattern: '/robots.txt', entrypoint: here('./robots-route.ts'), prerender: true });
							if (!ogOff()) injectRoute({ pattern: '/og/[...path]', entrypoint: here('./og-route.ts'), prerender: true });
						},
					},
				});
			},
		},
	};
}
