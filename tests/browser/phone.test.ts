// What a reader on a 390 px phone gets: no page scrolls sideways (wide diagrams scroll inside their own
// frame), generated tables become one labelled card per row, and a sample of pages, one of each kind,
// passes axe at that width in both themes.
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { builtPages, chromiumPath, useBuiltSite, wcagTags } from '../support/browser.ts';

const phone = { width: 390, height: 844 };

describe.skipIf(!chromiumPath)('on a 390 px phone', () => {
	// Contexts are not closed one by one: closing the browser after the tests closes them all.
	const built = useBuiltSite();
	const open = async (path: string, theme: 'light' | 'dark' = 'light') => {
		const context = await built.browser.newContext({ viewport: phone, colorScheme: theme, isMobile: true, hasTouch: true });
		await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		const page = await context.newPage();
		await page.goto(built.site.url + path);
		return page;
	};

	it('never makes a page scroll sideways', async () => {
		const context = await built.browser.newContext({ viewport: phone, isMobile: true });
		const wide: string[] = [];
		const queue = builtPages();
		// Every built page is visited: an empty list would make this test pass without looking at anything.
		const total = queue.length;
		expect(total).toBeGreaterThan(100);
		let visited = 0;
		await Promise.all(
			[0, 1].map(async () => {
				const page = await context.newPage();
				for (let path = queue.shift(); path; path = queue.shift()) {
					await page.goto(built.site.url + path);
					visited++;
					const width = await page.evaluate(() => document.documentElement.scrollWidth);
					if (width > phone.width) wide.push(`${path} is ${width}px wide`);
				}
				await page.close();
			}),
		);
		expect(visited).toBe(total);
		expect(wide).toEqual([]);
	});

	it('stacks the transfer table into one card per row, each cell labelled with its column', async () => {
		const page = await open('/guides/transfer-tables/');
		const row = page.locator('table[data-table="transfers"] tbody tr').first();
		expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('block');
		const cells = row.locator('td');
		const labels = await cells.evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
		expect(labels).toEqual(['"AI/ML equivalent" / ""', '"Carries over" / ""', '"What is new" / ""']);
		// The row fits the screen: nothing in it is wider than the viewport.
		const box = await row.boundingBox();
		expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);
		// Screen readers still get a table, with its column headers, row headers and cells, from the HTML
		// elements alone (the table carries no ARIA roles: HTML forbids them on table rows and cells).
		const snapshot = await page.locator('table[data-table="transfers"]').ariaSnapshot();
		expect(snapshot).toMatch(/^- table/);
		expect(snapshot).toContain('columnheader "What is new"');
		expect(snapshot).toMatch(/^\s+- row "/m);
		expect(snapshot).toMatch(/^\s+- rowheader "/m);
		expect(snapshot).toMatch(/^\s+- cell "/m);
		expect(await page.locator('table[data-table="transfers"] [role]').count()).toBe(0);
	});

	it('keeps the table layout where the column is wide enough', async () => {
		const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(built.site.url + '/guides/transfer-tables/');
		const row = page.locator('table[data-table="transfers"] tbody tr').first();
		expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('table-row');
		const table = await page.locator('table[data-table="transfers"]').boundingBox();
		const frame = await page.locator('.roadmap-table-wrap').first().boundingBox();
		expect(table!.width).toBeLessThanOrEqual(frame!.width + 1);
	});

	const sample = ['/', '/guides/transfer-tables/', '/guides/disagreements/', '/skills/eval-design/', '/phases/days-31-60-rag-and-evals/', '/tracks/applied-ai-engineer/', '/roles/', '/notes/rag-pipeline-anatomy/', '/projects/rag-over-team-docs/', '/contributing/errors/', '/contributing/fields/'];
	it.each(sample.flatMap((p) => [[p, 'light'], [p, 'dark']] as const))('%s (%s theme) has no axe violations', async (path, theme) => {
		const page = await open(path, theme);
		const result = await new AxeBuilder({ page }).withTags(wcagTags).options({ resultTypes: ['violations'] }).analyze();
		expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
		await page.context().close();
	});
});
