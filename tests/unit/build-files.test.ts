// Files a build writes beside Astro's pages: redirect pages and link-preview cards.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// Astro's own template for a redirect page (internal, so imported by path): ours must not drift from it.
import { redirectTemplate } from '../../node_modules/astro/dist/core/routing/3xx.js';
import { htmlSize } from '../../src/bench/measure-fs.ts';
import { isRedirectPage, redirectFile, redirectPage, type Redirect } from '../../src/links/redirect-page.ts';
import { PENDING, publishRedirectPages, stageRedirectPages } from '../../src/links/redirect-pages-fs.ts';
import { ogImagePath } from '../../src/og/cards.ts';
import { writeCards } from '../../src/og/write-cards-fs.ts';
import { writeAside } from '../../src/site/write-aside.ts';
import { projectRoot } from '../support/fixture-site.ts';

const dirs: string[] = [];
const tempDir = (prefix: string) => {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	dirs.push(dir);
	return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('redirect pages', () => {
	it('are the bytes Astro writes for a redirect, with and without a base and a site', () => {
		const cases = [
			{ from: '/s/rag-fundamentals', to: '/skills/rag-fundamentals/', base: '/', site: 'https://example.org/' },
			{ from: '/s/rag-fundamentals', to: '/fork/skills/rag-fundamentals/', base: '/fork/', site: 'https://name.github.io/fork/' },
			{ from: '/old-page/', to: '/new-page/', base: '/', site: undefined },
		];
		for (const { from, to, base, site } of cases) {
			const fromPath = `${base === '/' ? '' : base.slice(0, -1)}${from.endsWith('/') ? from : `${from}/`}`;
			const astro = redirectTemplate({ status: 301, absoluteLocation: site ? new URL(to, site) : to, relativeLocation: to, from: fromPath }).replaceAll('\n', '');
			expect(redirectPage({ from, to }, base, site)).toBe(astro);
		}
	});

	it('are told from pages, so the bench counts only pages', () => {
		const dist = tempDir('roadmap-html-size-');
		const page = '<!doctype html><html lang="en"><head><title>Redirecting to: a page about redirects</title></head></html>';
		const files = { 'index.html': page, 'old/index.html': redirectPage({ from: '/old/', to: '/new/' }, '/', undefined), 's/x/index.html': redirectPage({ from: '/s/x', to: '/x/' }, '/', 'https://example.org/') };
		for (const [file, html] of Object.entries(files)) {
			mkdirSync(join(dist, file, '..'), { recursive: true });
			writeFileSync(join(dist, file), html);
		}
		expect(isRedirectPage(files['old/index.html'])).toBe(true);
		expect(isRedirectPage(page)).toBe(false);
		expect(htmlSize(dist)).toEqual({ pages: 1, htmlBytes: Buffer.byteLength(page) });
	});

	it('escape a target that would break out of the attribute', () => {
		const html = redirectPage({ from: '/x/', to: '/a"><script>alert(1)</script>/' }, '/', undefined);
		expect(html).not.toContain('<script>');
		expect(html).toContain('&quot;&gt;&lt;script&gt;');
	});

	const writeRedirectPages = async (dist: string, redirects: Redirect[]) => publishRedirectPages(await stageRedirectPages(dist, redirects, '/', undefined));
	const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();

	it('are written as <path>/index.html, and never over a built page', async () => {
		const dist = tempDir('roadmap-redirects-');
		mkdirSync(join(dist, 'skills/x'), { recursive: true });
		writeFileSync(join(dist, 'skills/x/index.html'), '<p>a page</p>');
		expect(await writeRedirectPages(dist, [{ from: '/s/x', to: '/skills/x/' }])).toBe(1);
		expect(readFileSync(join(dist, redirectFile('/s/x')), 'utf8')).toContain('url=/skills/x/');
		await expect(writeRedirectPages(dist, [{ from: '/skills/x/', to: '/elsewhere/' }])).rejects.toThrow(/would replace the page built at skills\/x\/index\.html/);
		expect(readFileSync(join(dist, 'skills/x/index.html'), 'utf8')).toBe('<p>a page</p>');
	});

	it('wait under a name no HTML glob matches until they are published, so the search index never reads them', async () => {
		const dist = tempDir('roadmap-redirects-');
		const staged = await stageRedirectPages(dist, [{ from: '/s/x', to: '/skills/x/' }, { from: '/old/', to: '/new/' }], '/', undefined);
		expect(files(dist)).toEqual([`old/index.html${PENDING}`, `s/x/index.html${PENDING}`]);
		expect(files(dist).filter((f) => f.endsWith('.html'))).toEqual([]);
		expect(publishRedirectPages(staged)).toBe(2);
		expect(files(dist)).toEqual(['old/index.html', 's/x/index.html']);
		expect(readFileSync(join(dist, 'old/index.html'), 'utf8')).toBe(redirectPage({ from: '/old/', to: '/new/' }, '/', undefined));
	});

	it('are not published over a page built after them, and leave no pending file behind', async () => {
		const dist = tempDir('roadmap-redirects-');
		const staged = await stageRedirectPages(dist, [{ from: '/s/x', to: '/skills/x/' }, { from: '/notes/why/', to: '/skills/tokens/' }], '/', undefined);
		// Astro renders the pages after the redirects are staged: one lands at a redirect's path.
		writeFileSync(join(dist, 'notes/why/index.html'), '<h1>Why</h1>');
		expect(() => publishRedirectPages(staged)).toThrow('The redirect from /notes/why/ to /skills/tokens/ would replace the page built at notes/why/index.html. Remove the redirect, or rename the page.');
		expect(readFileSync(join(dist, 'notes/why/index.html'), 'utf8')).toBe('<h1>Why</h1>');
		expect(files(dist)).toEqual(['notes/why/index.html']);
	});

	it('never leave one path for two targets', async () => {
		const dist = tempDir('roadmap-redirects-');
		const twice = [{ from: '/diagrams/x', to: '/skills/x/' }, { from: '/diagrams/x/', to: '/phases/y/' }];
		await expect(writeRedirectPages(dist, twice)).rejects.toThrow('Two redirects leave /diagrams/x/: to /skills/x/ and to /phases/y/. Keep one of them.');
	});

	it('are all written when many are written at once, and a clash among them still throws', async () => {
		const dist = tempDir('roadmap-redirects-');
		const many = Array.from({ length: 200 }, (_, i) => ({ from: `/s/entry-${i}`, to: `/skills/entry-${i}/` }));
		expect(await writeRedirectPages(dist, many)).toBe(200);
		for (const { from, to } of many) expect(readFileSync(join(dist, redirectFile(from)), 'utf8')).toContain(`url=${to}`);
		const again = [{ from: '/s/new', to: '/skills/new/' }, ...many.slice(100, 101), { from: '/s/other', to: '/skills/other/' }];
		await expect(writeRedirectPages(dist, again)).rejects.toThrow(/redirect from \/s\/entry-100 to \/skills\/entry-100\/ would replace/);
		expect(files(dist).filter((f) => f.endsWith(PENDING))).toEqual([]);
	});
});

describe('files written beside the build', () => {
	it('are written and copied in a worker thread, creating their folders', async () => {
		const dir = tempDir('roadmap-aside-');
		writeFileSync(join(dir, 'source.png'), 'PNG');
		expect(await writeAside([{ file: join(dir, 'a/b/index.html'), text: '<p>a</p>' }, { file: join(dir, 'og/a.png'), copyOf: join(dir, 'source.png') }])).toEqual([]);
		expect(readFileSync(join(dir, 'a/b/index.html'), 'utf8')).toBe('<p>a</p>');
		expect(readFileSync(join(dir, 'og/a.png'), 'utf8')).toBe('PNG');
		expect(await writeAside([])).toEqual([]);
	});

	it('report each file that failed, and never reject', async () => {
		const dir = tempDir('roadmap-aside-');
		writeFileSync(join(dir, 'taken.html'), 'a page');
		writeFileSync(join(dir, 'a-file'), 'not a folder');
		const failures = await writeAside([
			{ file: join(dir, 'taken.html'), text: 'a redirect', exclusive: true },
			{ file: join(dir, 'a-file/index.html'), text: 'x' },
			{ file: join(dir, 'copy.png'), copyOf: join(dir, 'missing.png') },
			{ file: join(dir, 'fine.html'), text: 'written anyway' },
		]);
		expect(failures.map((f) => [f.file.slice(dir.length), f.code])).toEqual([['/taken.html', 'EEXIST'], ['/a-file/index.html', expect.stringMatching(/ENOTDIR|EEXIST/)], ['/copy.png', 'ENOENT']]);
		expect(readFileSync(join(dir, 'taken.html'), 'utf8')).toBe('a page');
		expect(readFileSync(join(dir, 'fine.html'), 'utf8')).toBe('written anyway');
	});
});

describe('link-preview cards', () => {
	it('are drawn once, then copied from the cache until their text changes', async () => {
		// A copy of the project's package.json and public/ with node_modules linked keeps the cache out of the project.
		const root = tempDir('roadmap-cards-');
		writeFileSync(join(root, 'package.json'), readFileSync(join(projectRoot, 'package.json')));
		mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
		for (const name of readdirSync(join(projectRoot, 'node_modules'))) if (name !== '.cache') symlinkSync(join(projectRoot, 'node_modules', name), join(root, 'node_modules', name));
		const card = { href: '/skills/x/', title: 'A card', label: 'Skill · Learn new' };
		const first = tempDir('roadmap-dist-');
		expect(await writeCards(root, first, [card])).toEqual({ drawn: 1, copied: 0 });
		const png = readFileSync(join(first, ogImagePath(card.href)));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		const second = tempDir('roadmap-dist-');
		expect(await writeCards(root, second, [card])).toEqual({ drawn: 0, copied: 1 });
		expect(readFileSync(join(second, ogImagePath(card.href))).equals(png)).toBe(true);
		expect(await writeCards(root, second, [{ ...card, title: 'Another title' }])).toEqual({ drawn: 1, copied: 0 });
		expect(existsSync(join(second, 'og/skills/x.png'))).toBe(true);
	}, 60_000);
});
