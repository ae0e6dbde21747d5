import type { Browser } from 'playwright-core';

/** JavaScript a page costs before the reader does anything: fetched script files, and inline script text. */
export interface JsBeforeUse {
	fetchedBytes: number;
	inlineBytes: number;
	files: string[];
}

/**
 * Loads `url` in a fresh context, waits until the network is idle and the browser has had idle time
 * (Starlight imports Pagefind's UI in a requestIdleCallback), then sums the bodies of every script
 * response and the text of inline scripts. Nothing is clicked, focused or typed.
 */
export async function jsBeforeUse(browser: Browser, url: string): Promise<JsBeforeUse> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const pending: Promise<{ url: string; bytes: number }>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		pending.push(response.body().then((b) => ({ url: response.url(), bytes: b.length }), () => ({ url: response.url(), bytes: 0 })));
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.evaluate(() => new Promise<void>((resolve) => (window.requestIdleCallback ?? setTimeout)(() => setTimeout(resolve, 500))));
	await page.waitForLoadState('networkidle');
	const inlineBytes = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')]
			.filter((s) => !/json|text\/plain/.test(s.getAttribute('type') ?? ''))
			.reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0),
	);
	const fetched = await Promise.all(pending);
	await context.close();
	return { fetchedBytes: fetched.reduce((n, f) => n + f.bytes, 0), inlineBytes, files: fetched.map((f) => new URL(f.url).pathname) };
}
