// Issue 12: the link check reads each distinct sidebar once and resolves each distinct link once, so it
// grows with the pages, not with pages x sidebar links; what it finds must stay the same.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/links/check-links.ts';
import { addPages, readSiteMap, readSiteMapInSlices } from '../../src/links/site-map-fs.ts';
import { hasId, readBuiltFile, readBuiltPage, type BuiltPage, type SidebarCache, type SiteMap } from '../../src/links/site-map.ts';

const sidebar = (current: string, extra = '') =>
	`<nav class="sidebar print:hidden" aria-label="Main"><details${current === '/a/' ? ' open' : ''} id="g"><a href="/a/"${current === '/a/' ? ' aria-current="page"' : ''}>A</a><a href="/b/"${current === '/b/' ? ' aria-current="page"' : ''}>B</a><a href="/gone/">Gone</a>${extra}</details></nav>`;
const html = (current: string, body: string, extra = '') => `<html><body><a href="/">Home</a>${sidebar(current, extra)}<main>${body}</main></body></html>`;
/** A page's ids and links, its sidebar's included, in a stable order: what reading its whole HTML gives. */
const sorted = ({ sidebar, ...page }: BuiltPage) => ({ ...page, ids: [...page.ids, ...(sidebar?.ids ?? [])].sort(), links: [...(sidebar?.links ?? []), ...page.links].sort() });

describe('link check at scale', () => {
	it('reads a sidebar once per build, and gives each page what reading its whole HTML gives', () => {
		const cache: SidebarCache = { known: [] };
		const pages = [html('/a/', '<h2 id="x">X</h2><a href="/b/#y">y</a>'), html('/b/', '<h2 id="y">Y</h2>'), html('/c/', '<p id="z">é</p>')];
		const read = pages.map((p) => readBuiltFile(Buffer.from(p), cache));
		expect(cache.known).toHaveLength(1);
		read.forEach((page, i) => expect(sorted(page)).toEqual(sorted(readBuiltPage(pages[i]!))));
		// One sidebar object for all three pages, never copied into a page's own ids and links.
		expect(read[0]!.sidebar).toBe(read[1]!.sidebar);
		expect(read[2]!.sidebar).toBe(read[0]!.sidebar);
		expect(read[0]!.sidebar!.links).toContain('/gone/');
		expect(read[0]!.links).toEqual(['/', '/b/#y']);
		expect(read[1]!.ids.has('g')).toBe(false);
		expect(hasId(read[1]!, 'g')).toBe(true);
		expect(hasId(read[1]!, 'y')).toBe(true);
		expect(hasId(read[1]!, 'x')).toBe(false);
	});

	it('reads a sidebar that differs in anything else as a new one', () => {
		const cache: SidebarCache = { known: [] };
		readBuiltFile(Buffer.from(html('/a/', '')), cache);
		const other = readBuiltFile(Buffer.from(html('/a/', '', '<a href="/new/">New</a>')), cache);
		expect(cache.known).toHaveLength(2);
		expect(other.sidebar!.links).toContain('/new/');
		// The same length, one byte apart: still a different sidebar.
		const twin = readBuiltFile(Buffer.from(html('/a/', '', '<a href="/nex/">New</a>')), cache);
		expect(cache.known).toHaveLength(3);
		expect(twin.sidebar!.links).toContain('/nex/');
	});

	it('reads a built site, every index.html whole, however large, into one reused buffer', () => {
		const dist = mkdtempSync(join(tmpdir(), 'roadmap-site-map-'));
		try {
			// Pages of different sizes, one past the 1 MiB buffer (a shorter page read after it must not keep its tail).
			const pages = new Map<string, string>();
			for (let i = 0; i < 40; i++) pages.set(`/p${i}/`, html(i % 2 ? '/a/' : '/b/', `<h2 id="h${i}">${'x'.repeat(i * 997)}</h2><a href="/p${i + 1}/">next</a>`));
			pages.set('/deep/er/', html('/a/', `<h2 id="big">${'y'.repeat(3 << 20)}</h2><a href="/after-the-big-part/">z</a>`));
			pages.set('/', html('/c/', '<p id="home">é</p>'));
			for (const [path, text] of pages) {
				mkdirSync(join(dist, path), { recursive: true });
				writeFileSync(join(dist, path, 'index.html'), text);
			}
			writeFileSync(join(dist, 'p1', 'other.html'), '<a href="/not-read/">x</a>');
			const site = readSiteMap(dist);
			expect([...site.keys()].sort()).toEqual([...pages.keys()].sort());
			for (const [path, text] of pages) expect(sorted(site.get(path)!)).toEqual(sorted(readBuiltPage(text)));
		} finally {
			rmSync(dist, { recursive: true, force: true });
		}
	});

	it('reads the same map in slices, giving the event loop a turn between them, and adds pages published later', async () => {
		const dist = mkdtempSync(join(tmpdir(), 'roadmap-site-map-'));
		try {
			for (let i = 0; i < 30; i++) {
				mkdirSync(join(dist, `p${i}`));
				writeFileSync(join(dist, `p${i}`, 'index.html'), html('/a/', `<h2 id="h${i}">${'x'.repeat(i * 50_000)}</h2><a href="/p${i + 1}/">next</a>`));
			}
			// A redirect page still staged under its pending name is not a page yet.
			mkdirSync(join(dist, 'old'));
			writeFileSync(join(dist, 'old', 'index.html.pending'), '<meta http-equiv="refresh" content="0;url=/p1/">');
			let turns = 0;
			const ticking = setInterval(() => turns++, 0);
			const sliced = await readSiteMapInSlices(dist, 0).finally(() => clearInterval(ticking));
			expect(turns).toBeGreaterThan(5);
			const whole = readSiteMap(dist);
			expect([...sliced.keys()].sort()).toEqual([...whole.keys()].sort());
			for (const [path, page] of whole) expect(sorted(sliced.get(path)!)).toEqual(sorted(page));
			expect(sliced.has('/old/')).toBe(false);
			// Published: added to the map that was read before, as reading it whole would give.
			renameSync(join(dist, 'old', 'index.html.pending'), join(dist, 'old', 'index.html'));
			addPages(sliced, dist, [join(dist, 'old', 'index.html')]);
			expect(sliced.get('/old/')?.redirectTo).toBe('/p1/');
			expect(sliced.size).toBe(readSiteMap(dist).size);
		} finally {
			rmSync(dist, { recursive: true, force: true });
		}
	});

	it('keeps what it read from each page, not the page: 40 pages of 1 MB leave under 10 MB in memory', () => {
		const dist = mkdtempSync(join(tmpdir(), 'roadmap-site-map-'));
		try {
			for (let i = 0; i < 40; i++) {
				mkdirSync(join(dist, `p${i}`));
				// Ids, headings and links of 13 characters and more, spread over a page of 1 MB beside the sidebar.
				const body = Array.from({ length: 200 }, (_, k) => `<h2 id="heading-number-${k}">H</h2><a href="/p${i}/#heading-number-${k}">link</a>${'x'.repeat(5000)}`).join('');
				writeFileSync(join(dist, `p${i}`, 'index.html'), html('/a/', body));
			}
			// Measured in a child process with a full collection before each reading of the heap.
			const siteMap = pathToFileURL(join(import.meta.dirname, '../../src/links/site-map-fs.ts')).href;
			const script = `const { readSiteMap } = await import(${JSON.stringify(siteMap)});
				gc(); const before = process.memoryUsage().heapUsed;
				const site = readSiteMap(${JSON.stringify(dist)});
				gc(); console.log(JSON.stringify({ pages: site.size, kept: process.memoryUsage().heapUsed - before }));`;
			const child = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
			expect(child.stderr).toBe('');
			const { pages, kept } = JSON.parse(child.stdout) as { pages: number; kept: number };
			expect(pages).toBe(40);
			// What it read is some 600 short strings a page (3 MB here); the 40 pages' text would be 40 MB more.
			expect(kept).toBeLessThan(10e6);
		} finally {
			rmSync(dist, { recursive: true, force: true });
		}
	});

	it('reads redirect pages and pages without a sidebar as before', () => {
		const cache: SidebarCache = { known: [] };
		expect(readBuiltFile(Buffer.from('<meta http-equiv="refresh" content="0;url=/b/">'), cache).redirectTo).toBe('/b/');
		expect(readBuiltFile(Buffer.from('<a href="/x/">x</a><h3 id="h">H</h3>'), cache)).toEqual(readBuiltPage('<a href="/x/">x</a><h3 id="h">H</h3>'));
	});

	it('reports a broken sidebar link once, counted on every page, and a relative link against its own page', () => {
		const cache: SidebarCache = { known: [] };
		const site: SiteMap = new Map([
			['/', readBuiltFile(Buffer.from(html('', '')), cache)],
			['/a/', readBuiltFile(Buffer.from(html('/a/', '<a href="c/">c</a>')), cache)],
			['/b/', readBuiltFile(Buffer.from(html('/b/', '<a href="c/">c</a> <a href="/a/#nope">n</a>')), cache)],
			['/a/c/', readBuiltFile(Buffer.from(html('', '')), cache)],
		]);
		const problems = checkLinks(site, (p) => `dist${p}index.html`);
		expect(problems.map((p) => p.message).sort()).toEqual([
			'"/a/#nope" is broken: no #nope on /a/',
			'"/gone/" is broken: no page at /gone/ (on 4 pages)',
			'"c/" is broken: no page at /b/c/',
		]);
	});
});
