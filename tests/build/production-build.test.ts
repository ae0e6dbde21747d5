// The site the tests read must be a production build. Vitest puts DEV=true and MODE=test into process.env,
// and a child `astro build` that inherits them renders dev-only branches: Starlight's search placeholder
// instead of the search UI, with no search script at all (tests/support/child-env.ts keeps them out).
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';

describe('the built site', () => {
	it('is a production build: the search dialog and its script are there, not the dev placeholder', () => {
		const html = readPage('/skills/eval-design/');
		expect(html).not.toContain('only available in production builds');
		expect(html).toContain('data-search-early');
		expect(html).toMatch(/<script type="module" src="[^"]*Search\.astro[^"]*\.js"/);
	});
});
