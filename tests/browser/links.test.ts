// What a blogger does: copy a section link in one click, and rely on short links.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch } from '../support/browser.ts';
import { distDir } from '../support/dist.ts';
import { serve, type Served } from '../support/serve.ts';

describe.skipIf(!chromiumPath)('links in the browser', () => {
	let browser: Browser;
	let context: BrowserContext;
	let site: Served;
	beforeAll(async () => {
		[browser, site] = await Promise.all([launch(), serve(distDir)]);
		context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	it('resolves a short link /s/<id>/ to the entry page', async () => {
		const page = await context.newPage();
		await page.goto(`${site.url}/s/eval-design/`);
		await page.waitForURL(`${site.url}/skills/eval-design/`);
		expect(await page.locator('h1').textContent()).toBeTruthy();
		await page.close();
	});

	it('copies a section link to the clipboard in one click on the heading link', async () => {
		const page = await context.newPage();
		await page.goto(`${site.url}/skills/eval-design/`);
		const link = page.locator('#why-it-matters + a.sl-anchor-link');
		await expect.poll(() => link.count()).toBe(1);
		await link.click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}/skills/eval-design/#why-it-matters`);
		expect(await link.getAttribute('data-copied')).toBe('');
		expect(page.url()).toBe(`${site.url}/skills/eval-design/#why-it-matters`);
		await page.close();
	});

	it('gives generated sections the same heading links', async () => {
		const page = await context.newPage();
		await page.goto(`${site.url}/skills/eval-design/#proof`);
		expect(await page.locator('#proof + a.sl-anchor-link').getAttribute('href')).toBe('#proof');
		await page.close();
	});
});
