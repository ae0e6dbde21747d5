// GET /og/<page path>.png on the dev server: one Open Graph card per page, drawn on request by
// astro-og-canvas (CanvasKit in WebAssembly, no browser). Injected by src/og/plugin.ts in dev only; a build
// writes the same cards as files (src/og/write-cards-fs.ts).
import { root } from 'astro:config/server';
import { OGImageRoute } from 'astro-og-canvas';
import { fileURLToPath } from 'node:url';
import { getGraph } from '../site/get-graph.ts';
import { ogCards, ogImagePath, type OgCard } from './cards.ts';
import { siteCardLine } from './write-cards-fs.ts';
import { cardOptions } from './style.ts';

export const prerender = true;

const projectRoot = fileURLToPath(root);
const cards: Record<string, OgCard> = Object.fromEntries(ogCards(getGraph(), siteCardLine).map((card) => [card.href, card]));

export const { getStaticPaths, GET } = await OGImageRoute({
	pages: cards,
	getSlug: (href) => ogImagePath(href).replace(/^og\//, ''),
	getImageOptions: (_, card: OgCard) => cardOptions(projectRoot, card),
});
