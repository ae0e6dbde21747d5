import { describe, expect, it } from 'vitest';
import { injectAnchorAliases } from '../../src/links/anchor-aliases.ts';
import { checkLinks, parseInternal, resolvePage } from '../../src/links/check-links.ts';
import { checkLock, createLock, staleEntries } from '../../src/links/lock.ts';
import { readBuiltPage, type SiteMap } from '../../src/links/site-map.ts';

const page = (body: string) => readBuiltPage(`<html><body>${body}</body></html>`);
const site = (pages: Record<string, string>): SiteMap => new Map(Object.entries(pages).map(([path, html]) => [path, readBuiltPage(html)]));
const redirect = (to: string) => `<meta http-equiv="refresh" content="0;url=${to}">`;

describe('readBuiltPage', () => {
	it('reads ids, heading anchors (not Starlight UI headings) and links, including SVG links', () => {
		const p = page('<h2 id="starlight__on-this-page">On this page</h2><h2 id="why">Why</h2><p id="x"></p><a href="/a/">a</a><svg><a xlink:href="/b/#c"><text>b</text></a></svg>');
		expect(p.headings).toEqual(['why']);
		expect([...p.ids]).toEqual(['starlight__on-this-page', 'why', 'x']);
		expect(p.links).toEqual(['/a/', '/b/#c']);
	});
});

describe('checkLinks', () => {
	const map = site({
		'/a/': '<h2 id="top">t</h2><a href="/b/#part">ok</a><a href="/old/">via redirect</a><a href="https://e.org/">ext</a><a href="/_astro/x.css">asset</a>',
		'/b/': '<h2 id="part">p</h2><a href="/missing/">x</a><a href="/a/#gone">y</a><a href="#part">same page</a>',
		'/c/': '<a href="/missing/">x</a>',
		'/old/': redirect('/b/'),
	});
	const problems = checkLinks(map, (path) => `file${path}`);

	it('accepts valid pages, anchors, redirects, external links and assets', () => {
		expect(problems.filter((p) => p.file === 'file/a/')).toEqual([]);
	});

	it('reports a missing page and a missing anchor, naming the file and the link', () => {
		expect(problems.map((p) => `${p.file} ${p.message}`)).toEqual([
			'file/b/ "/missing/" is broken: no page at /missing/ (on 2 pages)',
			'file/b/ "/a/#gone" is broken: no #gone on /a/',
		]);
	});

	it('parses relative and extension-less links to page paths', () => {
		expect(parseInternal('../x#y', '/a/b/')).toEqual({ path: '/a/x/', hash: 'y' });
		expect(parseInternal('mailto:a@b.c', '/')).toBeUndefined();
		expect(resolvePage(map, '/old/')?.path).toBe('/b/');
	});
});

describe('link lock', () => {
	const before = site({ '/skills/x/': '<h2 id="why">Why</h2><h2 id="how">How</h2>', '/404/': '<h2 id="oops">x</h2>' });
	const lock = createLock(before, (path) => (path === '/skills/x/' ? 'x' : undefined));

	it('records published pages with ids and anchors, not the 404 page', () => {
		expect(lock).toEqual({ pages: { '/skills/x/': { id: 'x', anchors: ['why', 'how'] } } });
	});

	it('fails when a page is renamed without a redirect, and suggests the redirect from the id', () => {
		const after = site({ '/skills/y/': '<h2 id="why">Why</h2><h2 id="how">How</h2>' });
		const [problem, ...rest] = checkLock(lock, after, () => '/skills/y/');
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ code: 'missing-url', message: 'published URL /skills/x/ no longer exists' });
		expect(problem?.hint).toContain('{ from: /skills/x/, to: /skills/y/ }');
	});

	it('passes a rename that has a redirect', () => {
		const after = site({ '/skills/y/': '<h2 id="why">Why</h2><h2 id="how">How</h2>', '/skills/x/': redirect('/skills/y/') });
		expect(checkLock(lock, after, () => undefined)).toEqual([]);
	});

	it('fails when a heading disappears, and passes once an alias keeps its anchor', () => {
		const renamed = '<h2 id="why">Why</h2><h2 id="how-to">How to</h2>';
		expect(checkLock(lock, site({ '/skills/x/': renamed }), () => undefined).map((p) => p.message)).toEqual(['published anchor /skills/x/#how no longer exists']);
		const aliased = injectAnchorAliases(renamed, [{ from: 'how', to: 'how-to' }]);
		expect(checkLock(lock, site({ '/skills/x/': aliased }), () => undefined)).toEqual([]);
	});

	it('lists new pages and headings the lock does not cover yet', () => {
		const grown = site({ '/skills/x/': '<h2 id="why">Why</h2><h2 id="how">How</h2><h2 id="new">New</h2>', '/skills/z/': '' });
		expect(staleEntries(lock, grown)).toEqual(['/skills/x/#new', '/skills/z/']);
	});
});

describe('injectAnchorAliases', () => {
	it('puts the old id right before the renamed heading, once', () => {
		const html = '<div><h2 id="new">New</h2></div>';
		const out = injectAnchorAliases(html, [{ from: 'old', to: 'new' }]);
		expect(out).toBe('<div><span id="old" class="roadmap-anchor-alias" aria-hidden="true"></span><h2 id="new">New</h2></div>');
		expect(injectAnchorAliases(out, [{ from: 'old', to: 'new' }])).toBe(out);
	});
});
