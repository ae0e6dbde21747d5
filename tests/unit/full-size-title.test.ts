import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { fullSizePageTitle, MAX_PAGE_TITLE } from '../../src/diagram/fit.ts';
import { diagramAddresses } from '../../src/diagram/full-size-fs.ts';
import { projectRoot } from '../support/fixture-site.ts';

describe('fullSizePageTitle', () => {
	it('keeps a short title whole', () => expect(fullSizePageTitle('Roles by tier')).toBe('Diagram: Roles by tier'));

	it('cuts a long title at a word, within the page-title limit the check enforces', () => {
		const title = fullSizePageTitle('The 90-day applied plan, week by week: what to build and what to ship at the end of each block');
		expect(title.length).toBeLessThanOrEqual(MAX_PAGE_TITLE);
		expect(title).toBe('Diagram: The 90-day applied plan, week by week: what to build and what to ship…');
	});

	it('cuts a title with no spaces too', () => expect(fullSizePageTitle('x'.repeat(200)).length).toBe(MAX_PAGE_TITLE));
});

describe('diagramAddresses', () => {
	it('is found once per content graph: the full-size route and the build’s end share one answer', async () => {
		const graph = checkContent(projectRoot).graph;
		const first = diagramAddresses(projectRoot, graph);
		expect(diagramAddresses(projectRoot, graph)).toBe(first);
		const addresses = await first;
		expect(addresses.length).toBeGreaterThan(90);
		expect(addresses.some((a) => a.fits) && addresses.some((a) => !a.fits)).toBe(true);
		// A new graph (the dev server makes one per request) is looked up again, with the same result.
		const again = diagramAddresses(projectRoot, checkContent(projectRoot).graph);
		expect(again).not.toBe(first);
		expect((await again).map((a) => a.slug)).toEqual(addresses.map((a) => a.slug));
	});
});
