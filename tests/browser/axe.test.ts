// Every built page, in both themes, must have no WCAG 2.2 AA violation that axe can detect.
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, chromiumPath, launch } from '../support/browser.ts';
import { distDir } from '../support/dist.ts';
import { serve, type Served } from '../support/serve.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe.skipIf(!chromiumPath)('accessibility (axe, WCAG 2.2 AA)', () => {
	let browser: Browser;
	let site: Served;
	beforeAll(async () => {
		[browser, site] = await Promise.all([launch(), serve(distDir)]);
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	for (const theme of ['light', 'dark'] as const) {
		it(`has no violations on any page in the ${theme} theme`, async () => {
			const context = await browser.newContext({ colorScheme: theme });
			await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			const pages = builtPages();
			const violations: string[] = [];
			// Two tabs at a time: the machine has two cores.
			const queue = [...pages];
			await Promise.all(
				[0, 1].map(async () => {
					const page = await context.newPage();
					for (let path = queue.shift(); path; path = queue.shift()) {
						await page.goto(site.url + path);
						expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
						const result = await new AxeBuilder({ page }).withTags(tags).options({ resultTypes: ['violations'] }).analyze();
						for (const v of result.violations) {
							violations.push(`${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
						}
					}
					await page.close();
				}),
			);
			await context.close();
			expect(pages.length).toBeGreaterThan(100);
			expect(violations).toEqual([]);
		});
	}
});
