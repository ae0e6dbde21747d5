// Issue 12: search costs nothing until it is used. Pagefind's UI and index are fetched only on the first
// sign of use (pointer over or focus on the button, a click, Ctrl/Cmd+K, `/`), and then search works at
// once; without JavaScript the A–Z index stands where the button is.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath, useBuiltSite, wcagTags } from '../support/browser.ts';

/** Requests that belong to search: Pagefind's index and runtime, and the chunk with its UI. */
const isSearch = (url: string) => /\/pagefind\/|pagefind|ui-core|default-ui/i.test(new URL(url).pathname);

describe.skipIf(!chromiumPath)('search on demand', () => {
	const built = useBuiltSite();

	/** A page loaded and left alone until the network and the browser are idle, with every request it made. */
	const idlePage = async (path: string, javaScriptEnabled = true): Promise<{ page: Page; requests: string[] }> => {
		const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled });
		const page = await context.newPage();
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.goto(built.site.url + path, { waitUntil: 'networkidle' });
		if (javaScriptEnabled) await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => setTimeout(resolve, 800))));
		await page.waitForLoadState('networkidle');
		return { page, requests };
	};

	it.each(['/', '/skills/rag-fundamentals/', '/phases/days-31-60-rag-and-evals/', '/contributing/'])('%s fetches nothing of search before any interaction', async (path) => {
		const { page, requests } = await idlePage(path);
		expect(requests.filter(isSearch)).toEqual([]);
		// Only the stand-in input exists; Pagefind's UI has not mounted.
		expect(await page.locator('#starlight__search .pagefind-ui:not([data-search-early])').count()).toBe(0);
		await expect.poll(() => page.locator('button[data-open-modal]').isEnabled()).toBe(true);
		await page.context().close();
	});

	const searchWorks = async (page: Page, requests: string[]) => {
		const dialog = page.locator('site-search dialog');
		await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
		// Typing starts at once, even if the UI is still arriving; the query is handed over.
		await page.keyboard.type('retrieval');
		await expect.poll(() => page.locator('#starlight__search .pagefind-ui__result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
		expect(await page.locator('#starlight__search .pagefind-ui__search-input').inputValue()).toBe('retrieval');
		expect(await page.locator('[data-search-early]').count()).toBe(0);
		expect(requests.some(isSearch)).toBe(true);
	};

	it('opens with `/` and finds "retrieval"', async () => {
		const { page, requests } = await idlePage('/skills/rag-fundamentals/');
		await page.keyboard.press('/');
		await searchWorks(page, requests);
		await page.context().close();
	});

	it('opens with Ctrl+K and finds "retrieval"; the open dialog passes axe', async () => {
		const { page, requests } = await idlePage('/');
		await page.keyboard.press('Control+k');
		await searchWorks(page, requests);
		const result = await new AxeBuilder({ page }).include('site-search dialog').withTags(wcagTags).analyze();
		expect(result.violations.map((v) => v.id)).toEqual([]);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
		await page.context().close();
	});

	it('starts fetching on pointer over the button, before the click', async () => {
		const { page, requests } = await idlePage('/');
		await page.locator('button[data-open-modal]').hover();
		await expect.poll(() => requests.some(isSearch)).toBe(true);
		await page.locator('button[data-open-modal]').click();
		await searchWorks(page, requests);
		await page.context().close();
	});

	it('leaves `/` alone while the reader types in a field', async () => {
		const { page } = await idlePage('/');
		await page.evaluate(() => {
			const input = document.createElement('input');
			input.id = 'field';
			document.body.prepend(input);
		});
		await page.locator('#field').press('/');
		expect(await page.locator('#field').inputValue()).toBe('/');
		expect(await page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
		await page.context().close();
	});

	it('shows a link to the A–Z index instead, without JavaScript; with JavaScript it is not shown', async () => {
		const { page } = await idlePage('/skills/rag-fundamentals/', false);
		const link = page.locator('site-search a[href="/a-z/"]');
		expect(await link.isVisible()).toBe(true);
		expect(await link.textContent()).toBe('A–Z index');
		await page.context().close();
		const { page: scripted } = await idlePage('/skills/rag-fundamentals/');
		expect(await scripted.locator('site-search a[href="/a-z/"]').count()).toBe(0);
		await scripted.context().close();
	});
});
