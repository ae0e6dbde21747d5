import type { OGImageOptions } from 'astro-og-canvas';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { OgCard } from './cards.ts';

/**
 * Noto Sans from npm (@fontsource/noto-sans): read from disk, so a build needs no network for fonts. Resolved
 * as a package from here, not under the site root, so a site built from another folder (a fixture, a bench
 * copy) finds it too.
 */
const fontFiles = (root: string): string[] => {
	const known = resolvedFonts.get(root);
	if (known) return known;
	const require = createRequire(join(root, 'package.json'));
	const files = ['400', '700'].map((weight) => require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));
	resolvedFonts.set(root, files);
	return files;
};
/** Resolved once per site root: resolving a package path costs 0.2 ms, a thousand cards 0.2 s. */
const resolvedFonts = new Map<string, string[]>();

/**
 * How every card is drawn: the site's dark blue with the favicon's two colours, title in bold, the label
 * line under it. The dev server's cards are cached in node_modules/.astro-og-canvas; a build keeps its own
 * cache (src/og/write-cards-fs.ts). Either way a card whose options did not change is not drawn again.
 */
export function cardOptions(root: string, card: Pick<OgCard, 'title' | 'label'>): OGImageOptions {
	return {
		title: card.title,
		description: card.label,
		bgGradient: [
			[21, 48, 74],
			[12, 28, 44],
		],
		border: { color: [255, 201, 77], width: 16, side: 'inline-start' },
		// A site without our public/ folder (a fixture) draws its cards without the logo.
		...(existsSync(join(root, 'public/favicon.png')) ? { logo: { path: join(root, 'public/favicon.png'), size: [96] as [number] } } : {}),
		padding: 72,
		fonts: fontFiles(root),
		font: {
			title: { families: ['Noto Sans'], weight: 'Bold', size: 68, lineHeight: 1.15, color: [255, 255, 255] },
			description: { families: ['Noto Sans'], size: 38, color: [124, 196, 244] },
		},
		cacheDir: join(root, 'node_modules/.astro-og-canvas'),
	};
}
