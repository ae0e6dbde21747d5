// Every built page, in both themes, must have no WCAG 2.2 AA violation that axe can detect.
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { builtPages, chromiumPath, useBuiltSite, wcagTags } from '../support/browser.ts';

describe.skipIf(!chromiumPath)('accessibility (axe, WCAG 2.2 AA)', () => {
	const built = useBuiltSite();

	for (const theme of ['light', 'dark'] as const) {
		it(`has no violations on any page in the ${theme} theme`, async () => {
			const context = await built.browser.newContext({ colorScheme: theme });
			await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			const pages = builtPages();
			const violations: string[] = [];
			// Two tabs at a time: the machine has two cores.
			const queue = [...pages];
			await Promise.all(
				[0, 1].map(async () => {
					const page = await context.newPage();
					for (let path = queue.shift(); path; path = queue.shift()) {
						await page.goto(built.site.url + path);
						expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
						const result = await new AxeBuilder({ page }).withTags(wcagTags).options({ resultTypes: ['violations'] }).analyze();
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
		}, 900_000); // one test sweeps every page; on a loaded 2-core machine it can pass 5 minutes
	}
});
