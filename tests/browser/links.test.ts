// What a blogger does: copy a section link in one click, and rely on short links.
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, useBuiltSite } from '../support/browser.ts';

describe.skipIf(!chromiumPath)('links in the browser', () => {
	const built = useBuiltSite();
	let context: BrowserContext;
	beforeAll(async () => {
		context = await built.browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: built.site.url });
	});

	it('resolves a short link /s/<id>/ to the entry page', async () => {
		const page = await context.newPage();
		await page.goto(`${built.site.url}/s/eval-design/`);
		await page.waitForURL(`${built.site.url}/skills/eval-design/`);
		expect(await page.locator('h1').textContent()).toBeTruthy();
		await page.close();
	});

	it('copies a section link to the clipboard in one click on the heading link', async () => {
		const page = await context.newPage();
		await page.goto(`${built.site.url}/skills/eval-design/`);
		const link = page.locator('#why-it-matters + a.sl-anchor-link');
		await expect.poll(() => link.count()).toBe(1);
		await link.click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${built.site.url}/skills/eval-design/#why-it-matters`);
		expect(await link.getAttribute('data-copied')).toBe('');
		expect(page.url()).toBe(`${built.site.url}/skills/eval-design/#why-it-matters`);
		await page.close();
	});

	it('gives generated sections the same heading links', async () => {
		const page = await context.newPage();
		await page.goto(`${built.site.url}/skills/eval-design/#proof`);
		expect(await page.locator('#proof + a.sl-anchor-link').getAttribute('href')).toBe('#proof');
		await page.close();
	});
});
