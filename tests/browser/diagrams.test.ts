import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath, useBuiltSite, wcagTags } from '../support/browser.ts';

// /phases/ and /roles/ are HTML now (maps, the week list, the role groups); the transition map is the named diagram left.
const pages = ['/guides/transfer-tables/', '/phases/days-31-60-rag-and-evals/', '/skills/rag-fundamentals/', '/notes/rag-pipeline-anatomy/', '/diagrams/phase-two-services/'];

describe.skipIf(!chromiumPath)('diagrams after load', () => {
	const built = useBuiltSite();
	// Diagram pages in a theme and width; each test closes the pages it opens.
	const open = async (path: string, theme: 'light' | 'dark', width = 1280): Promise<Page> => {
		const context = await built.browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
		const page = await context.newPage();
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		await page.goto(built.site.url + path);
		return page;
	};

	it.each(pages.flatMap((p) => [[p, 'light'], [p, 'dark']] as const))('%s (%s): no axe violations in the diagrams, WCAG 2.2 AA', async (path, theme) => {
		const page = await open(path, theme);
		// Open the text versions too, so their links and contrast are checked.
		await page.locator('.roadmap-diagram__alt').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
		const result = await new AxeBuilder({ page }).include('.roadmap-diagram').withTags(wcagTags).analyze();
		const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
		expect(summary).toEqual([]);
		expect(result.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['color-contrast', 'nested-interactive', 'role-img-alt']));
		await page.close();
	});

	it('draws one SVG whose node colours follow the theme', async () => {
		const fills = { light: 'rgb(238, 241, 251)', dark: 'rgb(38, 42, 53)' };
		for (const theme of ['light', 'dark'] as const) {
			const page = await open('/skills/rag-fundamentals/', theme);
			expect(await page.locator('.roadmap-diagram__img svg').count()).toBe(1);
			await expect.poll(() => page.locator('.roadmap-diagram__img svg .node rect').first().evaluate((r) => getComputedStyle(r).fill)).toBe(fills[theme]);
			await page.close();
		}
	});

	it('navigates to a node’s page when the node is clicked', async () => {
		const page = await open('/skills/rag-fundamentals/', 'light');
		const node = page.locator('.roadmap-diagram__view a[href="/skills/embeddings/"]');
		// Clicking where the node is drawn: the overlay link must be the element hit there.
		await node.click();
		await page.waitForURL('**/skills/embeddings/');
		expect(await page.title()).toMatch(/^Embeddings/);
		await page.close();
	});

	it('on a 390 px phone shrinks no further than 12/15 of natural size, scrolls sideways, and links to the full-size page', async () => {
		const page = await open('/guides/transfer-tables/', 'light', 390);
		const view = page.locator('.roadmap-diagram__view').first();
		const sizes = await view.evaluate((v) => {
			const svg = v.querySelector('svg')!;
			return { scroll: v.scrollWidth, client: v.clientWidth, drawn: svg.getBoundingClientRect().width, natural: Number(svg.getAttribute('width')) };
		});
		expect(sizes.drawn).toBeCloseTo(Math.ceil(sizes.natural * 0.8), 0);
		expect(sizes.scroll).toBeGreaterThan(sizes.client);
		expect(sizes.client).toBeLessThanOrEqual(390);
		const full = page.locator('.roadmap-diagram__full a').first();
		await full.click();
		await page.waitForURL('**/diagrams/transition-map/');
		// Natural size there, in a focusable region that scrolls both ways.
		const region = page.locator('.roadmap-diagram__view--full');
		expect(await region.getAttribute('tabindex')).toBe('0');
		const there = await region.evaluate((v) => ({ drawn: v.querySelector('svg')!.getBoundingClientRect().width, natural: Number(v.querySelector('svg')!.getAttribute('width')), overflow: getComputedStyle(v).overflow }));
		expect(there.drawn).toBe(there.natural);
		expect(there.overflow).toBe('auto');
		await page.close();
	});
});
