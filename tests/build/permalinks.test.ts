// Published URLs and anchors are permanent: a rename needs a redirect (page) or an alias (anchor), and a
// broken internal link fails the build. Each scenario is a real build of a fixture site.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { materialize, runBuild } from '../support/fixture-site.ts';

let lock = '';

/** Builds a fixture with the base site's published lock, as if the base had been released before. */
function buildWithLock(overlays: string[]) {
	const root = materialize(overlays[0]!, overlays);
	writeFileSync(join(root, 'content/data/links.lock.json'), lock);
	return { root, ...runBuild(root) };
}

beforeAll(() => {
	const root = materialize('base');
	const update = runBuild(root, { ROADMAP_LINKS_UPDATE: '1' });
	expect(update.output).toContain('links: recorded');
	lock = readFileSync(join(root, 'content/data/links.lock.json'), 'utf8');
});

describe('link lock', () => {
	it('records every page with its permanent id and heading anchors', () => {
		const pages = JSON.parse(lock).pages;
		expect(pages['/skills/tokens/'].id).toBe('tokens');
		expect(pages['/skills/tokens/'].anchors).toEqual(expect.arrayContaining(['how-to-count', 'proof', 'sources']));
		expect(Object.keys(pages)).toContain('/notes/why/');
	});

	it('passes an unchanged site', () => {
		const build = buildWithLock(['base']);
		expect(build.output).toContain('links: every internal link and anchor resolves');
		expect(build.status).toBe(0);
	});
});

describe('renaming a page', () => {
	it('fails without a redirect and names the fix', () => {
		const build = buildWithLock(['renamed-page']);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('published URL /skills/tokens/ no longer exists');
		expect(build.output).toContain('Add `- { from: /skills/tokens/, to: /skills/token-basics/ }` under pages:');
	});

	it('passes with a redirect entry; the old URL and the short link both lead to the new page', () => {
		const build = buildWithLock(['renamed-page', 'redirect-for-rename']);
		expect(build.status, build.output).toBe(0);
		const page = readFileSync(join(build.root, 'dist/skills/tokens/index.html'), 'utf8');
		expect(page).toContain('<meta http-equiv="refresh" content="0;url=/skills/token-basics/">');
		expect(page).toMatch(/<link rel="canonical" href="[^"]*\/skills\/token-basics\/">/);
		// The short link follows the permanent id, not the file name.
		expect(readFileSync(join(build.root, 'dist/s/tokens/index.html'), 'utf8')).toContain('url=/skills/token-basics/');
	});
});

describe('a redirect from a page that still exists', () => {
	it('fails the build, naming both paths: the redirect is never published over the page', () => {
		const build = buildWithLock(['redirect-over-page']);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('The redirect from /notes/why to /skills/tokens/ would replace the page built at notes/why/index.html');
	});
});

describe('renaming a heading', () => {
	it('fails without an alias', () => {
		const build = buildWithLock(['renamed-heading']);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('published anchor /skills/tokens/#how-to-count no longer exists');
	});

	it('passes with an alias that keeps the old anchor on the renamed heading', () => {
		const build = buildWithLock(['renamed-heading', 'alias-for-heading']);
		expect(build.status, build.output).toBe(0);
		const page = readFileSync(join(build.root, 'dist/skills/tokens/index.html'), 'utf8');
		expect(page).toMatch(/<span id="how-to-count"[^>]*><\/span><h2 id="counting-tokens"/);
	});
});

describe('broken links', () => {
	it('fail the build, naming the file and the link', () => {
		const build = buildWithLock(['broken-link']);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('notes/why.mdx');
		expect(build.output).toContain('/skills/nope/');
		expect(build.output).toContain('/skills/context/#nowhere');
	});
});
