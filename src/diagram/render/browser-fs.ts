import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { chromiumArgs } from './find-chromium.ts';
import { renderInPage } from './in-page.ts';
import type { RenderJob, RenderOutcome } from './rendered.ts';

/** Flags for a headless Chromium that never phones home (builds run without network). */

const mermaidBundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

/** One browser with pages that have mermaid loaded: start-up is paid once, however many diagrams follow. */
export interface RenderSession {
	render(jobs: RenderJob[]): Promise<RenderOutcome[]>;
	close(): Promise<void>;
}

/**
 * Opens one browser with `pages` pages (default 2, one per core of a small build machine; ROADMAP_RENDER_PAGES
 * overrides it). `render` splits its jobs across the pages, which lay out in parallel, and returns the
 * outcomes in the order of the jobs.
 */
export async function openSession(executablePath: string, pages: number = Number(process.env.ROADMAP_RENDER_PAGES) || 2): Promise<RenderSession> {
	// Loaded on first use: a build that renders nothing (all diagrams stored, or ROADMAP_DIAGRAMS=off) skips its
	// start-up cost. Through Node's require: a dynamic import() here would go through Vite's module runner,
	// which Astro has closed by the time the config hooks render.
	const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
	const browser: Browser = await chromium.launch({ executablePath, args: chromiumArgs });
	try {
		const open = async (): Promise<Page> => {
			const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
			await page.setContent('<!doctype html><html><body><div id="host"></div></body></html>');
			// Bundlers may wrap functions in __name(); the page has no such helper, so give it one.
			await page.addScriptTag({ content: 'globalThis.__name = (f) => f;' });
			await page.addScriptTag({ path: mermaidBundle });
			return page;
		};
		const all = await Promise.all(Array.from({ length: Math.max(1, pages) }, open));
		return {
			async render(jobs) {
				const size = Math.ceil(jobs.length / all.length);
				const chunks = all.map((_, i) => jobs.slice(i * size, (i + 1) * size));
				const results = await Promise.all(chunks.map((chunk, i) => (chunk.length ? all[i]!.evaluate(renderInPage, chunk) : Promise.resolve([]))));
				return results.flat();
			},
			close: () => browser.close(),
		};
	} catch (error) {
		await browser.close();
		throw error;
	}
}
