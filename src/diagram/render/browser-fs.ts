import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { chromiumArgs } from './find-chromium.ts';
import { renderInPage } from './in-page.ts';
import type { RenderJob, RenderOutcome } from './rendered.ts';

/** Flags for a headless Chromium that never phones home (builds run without network). */

const mermaidBundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

/** One browser and one page with mermaid loaded: start-up is paid once, however many diagrams follow. */
export interface RenderSession {
	render(jobs: RenderJob[]): Promise<RenderOutcome[]>;
	close(): Promise<void>;
}

export async function openSession(executablePath: string): Promise<RenderSession> {
	// Loaded on first use: a build that renders nothing (all diagrams stored, or ROADMAP_DIAGRAMS=off) skips its start-up cost.
	const { chromium } = await import('playwright-core');
	const browser: Browser = await chromium.launch({ executablePath, args: chromiumArgs });
	try {
		const page: Page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
		await page.setContent('<!doctype html><html><body><div id="host"></div></body></html>');
		// Bundlers may wrap functions in __name(); the page has no such helper, so give it one.
		await page.addScriptTag({ content: 'globalThis.__name = (f) => f;' });
		await page.addScriptTag({ path: mermaidBundle });
		return {
			render: (jobs) => page.evaluate(renderInPage, jobs),
			close: () => browser.close(),
		};
	} catch (error) {
		await browser.close();
		throw error;
	}
}
