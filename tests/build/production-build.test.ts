// The site the tests read must be a production build. Vitest puts DEV=true and MODE=test into process.env,
// and a child `astro build` that inherits them renders dev-only branches: Starlight's search placeholder
// instead of the search UI, with no search script at all (tests/support/child-env.ts keeps them out).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLogFile, distDir, readPage } from '../support/dist.ts';

describe('the built site', () => {
	it('is a production build: the search dialog and its script are there, not the dev placeholder', () => {
		const html = readPage('/skills/eval-design/');
		expect(html).not.toContain('only available in production builds');
		expect(html).toContain('data-search-early');
		expect(html).toMatch(/<script type="module" src="[^"]*Search\.astro[^"]*\.js"/);
	});

	// Pagefind reads every HTML file in the output, and indexes nothing in a redirect page: the redirect pages
	// are published after it ran (src/links/redirect-pages-fs.ts). Without a log (ROADMAP_SKIP_BUILD) there is nothing to read.
	it.skipIf(!existsSync(buildLogFile))('builds the search index from the pages alone, before the redirect pages are published', () => {
		const files = readdirSync(distDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
		const html = files.filter((e) => e.name.endsWith('.html'));
		const redirects = html.filter((e) => readFileSync(join(e.parentPath, e.name), 'utf8').includes('http-equiv="refresh"'));
		expect(redirects.length).toBeGreaterThan(100);
		const found = /Found (\d+) HTML files/.exec(readFileSync(buildLogFile, 'utf8'));
		expect(found, 'Pagefind reports how many HTML files it read').not.toBeNull();
		expect(Number(found![1])).toBe(html.length - redirects.length);
		expect(files.filter((e) => e.name.endsWith('.pending'))).toEqual([]);
	});
});
