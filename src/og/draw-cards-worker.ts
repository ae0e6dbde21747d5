// A worker thread that draws link-preview cards with astro-og-canvas and writes each to its file
// (src/og/write-cards-fs.ts starts it). In its own thread because CanvasKit's WebAssembly memory only
// grows: astro-og-canvas 0.13 never frees a card's 1200 x 630 snapshot (about 3 MB), so one thread
// aborts after some 800 cards; a worker's memory goes when it exits.
import { generateOpenGraphImage, type OGImageOptions } from 'astro-og-canvas';
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const jobs = workerData as { options: OGImageOptions; file: string }[];
for (const { options, file } of jobs) {
	// Written next to its place, then renamed: a worker stopped halfway leaves no broken card in the cache.
	writeFileSync(`${file}.part`, Buffer.from(await new Response(await generateOpenGraphImage(options)).arrayBuffer()));
	renameSync(`${file}.part`, file);
}
parentPort?.postMessage(jobs.length);
