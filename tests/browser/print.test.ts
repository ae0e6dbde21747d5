// Printed pages: every diagram fits the paper's width, and controls (progress, heading link icons) are
// not printed. Chromium lays the page out for print (A4) and we measure what it would put on paper.
import { describe, expect, it } from 'vitest';
import { chromiumPath, useBuiltSite } from '../support/browser.ts';

describe.skipIf(!chromiumPath)('print', () => {
	const built = useBuiltSite();

	it.each(['/skills/eval-design/', '/phases/days-31-60-rag-and-evals/', '/phases/', '/tracks/applied-ai-engineer/', '/roles/'])('%s prints every diagram inside the page width, without controls', async (path) => {
		const page = await built.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(built.site.url + path);
		await page.emulateMedia({ media: 'print' });
		// A4 at 96 dpi is 794 px wide; with Chromium's default margins about 718 px of it holds content.
		await page.setViewportSize({ width: 718, height: 1123 });
		const report = await page.evaluate(() => ({
			diagrams: [...document.querySelectorAll('.roadmap-diagram__img svg, .rm-map, .rm-timeline, .rm-spectrum')].map((el) => {
				const box = el.getBoundingClientRect();
				return { right: Math.round(box.right), width: Math.round(box.width) };
			}),
			pageWidth: document.documentElement.clientWidth,
			controls: [...document.querySelectorAll('[data-progress], .sl-anchor-link')].filter((el) => getComputedStyle(el).display !== 'none').length,
		}));
		expect(report.diagrams.length).toBeGreaterThan(0);
		for (const d of report.diagrams) expect(d.right, JSON.stringify(d)).toBeLessThanOrEqual(report.pageWidth);
		expect(report.controls).toBe(0);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.byteLength).toBeGreaterThan(1000);
		await page.close();
	});
});
