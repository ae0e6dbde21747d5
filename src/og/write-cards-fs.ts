import type { OGImageOptions } from 'astro-og-canvas';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ogImagePath, type OgCard } from './cards.ts';
import { cardOptions } from './style.ts';
import { inLanes } from '../site/lanes.ts';
import { writeAside } from '../site/write-aside.ts';

/** The label line of plain pages' cards (the guides, the home page). */
export const siteCardLine = 'Backend to AI/ML roadmap';

/**
 * Writes every page's link-preview card into the build output (dist/og/<path>.png). A card whose key
 * is in the cache (node_modules/.cache/roadmap-og, ignored by git) is copied from there; the others are
 * drawn by astro-og-canvas (CanvasKit, in WebAssembly) in worker threads (see drawCards) and stored. A warm build therefore never starts
 * CanvasKit nor loads the fonts, which an injected route did for every card (2.8 ms a card, plus 0.2 s to
 * start), and the cards no longer go through Astro's page pipeline. The dev server draws them on request
 * (src/og/og-route.ts). Returns how many cards were drawn and how many copied from the cache.
 */
export async function writeCards(root: string, dist: string, cards: readonly OgCard[]): Promise<{ drawn: number; copied: number }> {
	// The package does not export its package.json: read it next to its entry point (dist/index.js).
	const entry = createRequire(join(root, 'package.json')).resolve('astro-og-canvas');
	const version = (JSON.parse(readFileSync(join(dirname(entry), '../package.json'), 'utf8')) as { version: string }).version;
	const cache = join(root, 'node_modules/.cache/roadmap-og');
	mkdirSync(cache, { recursive: true });
	// A card's key: its options, the bytes of the files they name (fonts, logo) and astro-og-canvas's
	// version, so a changed title, style, font, logo or drawing library draws the card again.
	const fileHashes = new Map<string, string>();
	const filesHash = (options: OGImageOptions): string => {
		const files = [...(options.fonts ?? []), ...(options.logo ? [options.logo.path] : [])];
		const known = fileHashes.get(files.join('\n'));
		if (known) return known;
		const hash = createHash('sha256').update(version);
		for (const file of files) hash.update(readFileSync(file));
		fileHashes.set(files.join('\n'), hash.digest('hex'));
		return fileHashes.get(files.join('\n'))!;
	};
	const missing = new Map<string, OGImageOptions>();
	const copies: [string, string][] = [];
	for (const card of cards) {
		const options: OGImageOptions = { ...cardOptions(root, card), cacheDir: false };
		const key = createHash('sha256').update(filesHash(options)).update(JSON.stringify(options)).digest('hex').slice(0, 32);
		const cached = join(cache, `${key}.png`);
		if (!existsSync(cached)) missing.set(cached, options);
		copies.push([cached, join(dist, ogImagePath(card.href))]);
	}
	await drawCards([...missing].map(([file, options]) => ({ options, file })));
	const failures = await writeAside(copies.map(([cached, out]) => ({ file: out, copyOf: cached })));
	if (failures.length > 0) throw new Error(`Could not write the link-preview card ${failures[0]!.file}: ${failures[0]!.message}`);
	return { drawn: missing.size, copied: copies.length - missing.size };
}

/** Cards one worker draws before it exits and frees CanvasKit's memory (about 3 MB leaked a card). */
const CARDS_PER_WORKER = 100;

/** Draws cards into their files, in batches of CARDS_PER_WORKER, one worker per core at a time. */
async function drawCards(jobs: readonly { options: OGImageOptions; file: string }[]): Promise<void> {
	const batches: (typeof jobs)[] = [];
	for (let i = 0; i < jobs.length; i += CARDS_PER_WORKER) batches.push(jobs.slice(i, i + CARDS_PER_WORKER));
	const script = fileURLToPath(new URL('./draw-cards-worker.ts', import.meta.url));
	const run = (batch: typeof jobs) =>
		new Promise<void>((resolve, reject) => {
			const worker = new Worker(script, { workerData: batch });
			worker.once('error', reject);
			worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`drawing link-preview cards stopped (worker exit code ${code})`))));
		});
	await inLanes(batches, availableParallelism(), run);
}
