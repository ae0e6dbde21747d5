// Every built page loads cleanly in a browser: no console error, no uncaught exception, no failed or
// 4xx/5xx request (a missing favicon was one 404 and one console error on every page).
import { describe, expect, it } from 'vitest';
import { builtPages, chromiumPath, useBuiltSite } from '../support/browser.ts';

describe.skipIf(!chromiumPath)('every page in the browser', () => {
	const built = useBuiltSite();

	it('has no console error and no failed request, on any page', async () => {
		const pages = builtPages();
		expect(pages.length).toBeGreaterThan(100);
		// One page object, pages visited one after another, nothing blocked: fast, and what a reader gets.
		const page = await built.browser.newPage();
		const problems: string[] = [];
		let current = '';
		page.on('console', (message) => {
			if (message.type() === 'error') problems.push(`${current}: console error: ${message.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`${current}: uncaught: ${error.message}`));
		// Moving on to the next page aborts requests still in flight (the favicon, Starlight's idle-loaded
		// scripts): those are fetched again at the end, where only a real error counts.
		const aborted = new Map<string, string>();
		page.on('requestfailed', (request) => {
			const reason = request.failure()?.errorText ?? '';
			if (reason === 'net::ERR_ABORTED') aborted.set(request.url(), current);
			else problems.push(`${current}: request failed: ${request.url()} (${reason})`);
		});
		page.on('response', (response) => {
			if (response.status() >= 400) problems.push(`${current}: ${response.status()} ${response.url()}`);
		});
		for (const path of pages) {
			current = path;
			await page.goto(built.site.url + path, { waitUntil: 'load' });
		}
		// Let late requests (favicons, lazy images) of the last page finish before judging.
		await page.waitForLoadState('networkidle');
		for (const [url, from] of aborted) {
			const response = await page.request.get(url);
			if (!response.ok()) problems.push(`${from}: ${response.status()} ${url}`);
		}
		await page.close();
		expect(problems).toEqual([]);
	});
});
