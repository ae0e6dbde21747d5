import { describe, expect, it } from 'vitest';
import { fullSizePageTitle, MAX_PAGE_TITLE } from '../../src/diagram/fit.ts';

describe('fullSizePageTitle', () => {
	it('keeps a short title whole', () => expect(fullSizePageTitle('Roles by tier')).toBe('Diagram: Roles by tier'));

	it('cuts a long title at a word, within the page-title limit the check enforces', () => {
		const title = fullSizePageTitle('The 90-day applied plan, week by week: what to build and what to ship at the end of each block');
		expect(title.length).toBeLessThanOrEqual(MAX_PAGE_TITLE);
		expect(title).toBe('Diagram: The 90-day applied plan, week by week: what to build and what to ship…');
	});

	it('cuts a title with no spaces too', () => expect(fullSizePageTitle('x'.repeat(200)).length).toBe(MAX_PAGE_TITLE));
});
