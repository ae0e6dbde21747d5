import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getGraph } from '../site/get-graph.ts';
import { ogCards, ogImagePath, ogImageSize, ogOff } from './cards.ts';
import { withSlash } from './robots.ts';

let known: Set<string> | undefined;

/**
 * Link previews: points each page's og:image at its own card (/og/<path>.png), with its size and alt text,
 * and at the default social.png for pages without one (404, the A–Z page). Starlight already sets
 * og:title, og:description and twitter:card (summary_large_image).
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const base = withSlash(import.meta.env.BASE_URL);
	known = import.meta.env.DEV || !known ? new Set(ogCards(getGraph(), '').map((c) => c.href)) : known;
	const path = `/${context.url.pathname.slice(base.length).replace(/^\/|\/?$/g, '')}/`.replace(/^\/\/$/, '/');
	const image = known.has(path) && !ogOff() ? ogImagePath(path) : 'social.png';
	const meta = (property: string, content: string) => route.head.push({ tag: 'meta', attrs: { property, content } });
	meta('og:image', new URL(`${base}${image}`, context.site ?? context.url).href);
	meta('og:image:width', String(ogImageSize.width));
	meta('og:image:height', String(ogImageSize.height));
	meta('og:image:alt', route.entry.data.title);
});
