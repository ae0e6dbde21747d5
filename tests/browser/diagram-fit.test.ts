// Every diagram fits its frame (issue 8, item 3): at 1280 and 390 px, on every page that has one, the
// diagram's frame is no wider than the content box of its view and no label renders below 12 px, unless
// the figure offers the full-size page. The full-size pages themselves scroll by design and are left out.
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/dist.ts';
import { chromiumPath, useBuiltSite } from '../support/browser.ts';

const withDiagrams = chromiumPath ? builtPages().filter((p) => !p.startsWith('/diagrams/') && readPage(p).includes('class="roadmap-diagram"')) : [];

interface Measured {
	id: string;
	frame: number;
	box: number;
	minLabel: number;
	labels: number;
	full: boolean;
}

describe.skipIf(!chromiumPath)('diagrams fit their frame', () => {
	const built = useBuiltSite();

	it('has pages with diagrams to measure', () => {
		expect(withDiagrams.length).toBeGreaterThan(60);
	});

	it.each([1280, 390])('at %i px: each frame within its column with labels >= 12 px, or a full-size page offered', async (width) => {
		const context = await built.browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		const failures: string[] = [];
		let fitting = 0;
		let measured = 0;
		for (const path of withDiagrams) {
			await page.goto(built.site.url + path);
			const figures: Measured[] = await page.$$eval('figure.roadmap-diagram', (all) =>
				all.flatMap((figure) => {
					const view = figure.querySelector<HTMLElement>('.roadmap-diagram__view');
					const frame = figure.querySelector<HTMLElement>('.roadmap-diagram__frame');
					if (!view || !frame) return [];
					const style = getComputedStyle(view);
					const box = view.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
					const svg = figure.querySelector<SVGSVGElement>('.roadmap-diagram__img svg')!;
					const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
					const sizes = [...svg.querySelectorAll('text, foreignObject span')].filter((e) => (e.textContent ?? '').trim()).map((e) => parseFloat(getComputedStyle(e).fontSize) * scale);
					return [{ id: figure.dataset.diagram ?? '?', frame: frame.getBoundingClientRect().width, box, minLabel: Math.min(...sizes), labels: sizes.length, full: !!figure.querySelector('.roadmap-diagram__full a') }];
				}),
			);
			for (const f of figures) {
				measured++;
				expect(f.labels, `${path} ${f.id}: no labels measured`).toBeGreaterThan(0);
				const fits = f.frame <= f.box + 0.5;
				const legible = f.minLabel >= 11.95;
				if (fits && legible) fitting++;
				else if (!f.full) failures.push(`${path} ${f.id}: frame ${f.frame.toFixed(0)} px in ${f.box.toFixed(0)} px, smallest label ${f.minLabel.toFixed(1)} px, no full-size page`);
				// Never shrunk below 12 px labels, full-size page or not.
				if (!legible) failures.push(`${path} ${f.id}: smallest label ${f.minLabel.toFixed(1)} px`);
			}
		}
		console.log(`diagram fit at ${width} px: ${fitting} of ${measured} fit their column; the rest offer the full-size page`);
		expect(failures).toEqual([]);
		expect(measured).toBeGreaterThanOrEqual(withDiagrams.length);
		if (width === 1280) expect(fitting / measured).toBeGreaterThan(0.85);
		await context.close();
	}, 600_000);

	it('lets a keyboard reach each node of a diagram, in reading order, with a visible focus ring', async () => {
		const page = await built.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${built.site.url}/skills/rag-fundamentals/`);
		const hrefs = await page.$$eval('.roadmap-diagram__links a', (links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs.length).toBeGreaterThan(3);
		await page.locator('.roadmap-diagram__links a').first().focus();
		const seen: string[] = [];
		for (let i = 0; i < hrefs.length; i++) {
			const focused = await page.evaluate(() => {
				const a = document.activeElement as Element;
				const rect = a.querySelector('rect');
				return { href: a.getAttribute('href'), stroke: rect ? getComputedStyle(rect).strokeWidth : '', inList: a.parentElement?.getAttribute('role') === 'listitem' };
			});
			expect(focused.inList).toBe(true);
			expect(focused.stroke).toBe('4px');
			seen.push(focused.href ?? '');
			await page.keyboard.press('Tab');
		}
		expect(seen).toEqual(hrefs);
		// Reading order: each link's box starts no higher than the one before it, bar the same row.
		const tops = await page.$$eval('.roadmap-diagram__links rect', (rects) => rects.map((r) => r.getBoundingClientRect().top));
		for (let i = 1; i < tops.length; i++) expect(tops[i]! + 25).toBeGreaterThanOrEqual(tops[i - 1]!);
		// The text version is collapsed, so its links are no tab stops until a reader opens it.
		const textLinks = await page.locator('.roadmap-diagram__alt a').first().isVisible();
		expect(textLinks).toBe(false);
		await page.close();
	});
});
