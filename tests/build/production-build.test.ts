// The site the tests read must be a production build. Vitest puts DEV=true and MODE=test into process.env,
// and a child `astro build` that inherits them renders dev-only branches: Starlight's search placeholder
// instead of the search UI, with no search script at all (tests/support/child-env.ts keeps them out).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildLogFile, distDir, readPage } from '../support/dist.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

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

	// content.config.ts loads the docs with retainBody: false. A kept body is each page's raw MDX, bundled
	// into the server build a second time in Astro's data layer; nothing reads it from the collection.
	it('keeps no raw MDX body in the content data store', () => {
		const store: unknown[] = JSON.parse(readFileSync(join(root, 'node_modules/.astro/data-store.json'), 'utf8'));
		const entries = store.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && 'filePath' in v && 'digest' in v);
		const mdx = entries.filter((e) => String(store[e.filePath as number]).endsWith('.mdx'));
		expect(mdx.length).toBeGreaterThan(100);
		expect(mdx.filter((e) => 'body' in e)).toEqual([]);
	});
});
