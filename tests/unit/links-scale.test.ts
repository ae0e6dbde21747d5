// Issue 12: the link check reads each distinct sidebar once and resolves each distinct link once,
// so it grows with the pages, not with pages x sidebar links; the verdicts must stay the same.
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/links/check-links.ts';
import { readBuiltPage, type SiteMap } from '../../src/links/site-map.ts';

describe('link check at scale (issue 12)', () => {
	const sidebar = (current: string) =>
		`<nav class="sidebar" aria-label="Main"><details${current === '/a/' ? ' open' : ''}><a href="/a/"${current === '/a/' ? ' aria-current="page"' : ''}>A</a><a href="/b/"${current === '/b/' ? ' aria-current="page"' : ''}>B</a><a href="/gone/">Gone</a></details></nav>`;
	const html = (current: string, body: string) => `<html><body>${sidebar(current)}<main>${body}</main></body></html>`;

	it('reads a sidebar once per build, yet keeps its links on every page', () => {
		const sidebars = new Map<string, { ids: string[]; links: string[] }>();
		const a = readBuiltPage(html('/a/', '<h2 id="x">X</h2><a href="/b/#y">y</a>'), sidebars);
		const b = readBuiltPage(html('/b/', '<h2 id="y">Y</h2>'), sidebars);
		expect(sidebars.size).toBe(1);
		expect(a.links).toEqual(['/a/', '/b/', '/gone/', '/b/#y']);
		expect(b.links).toEqual(['/a/', '/b/', '/gone/']);
		expect(a.headings).toEqual(['x']);
		expect(readBuiltPage(html('/a/', '<h2 id="x">X</h2><a href="/b/#y">y</a>'))).toEqual(a);
	});

	it('reports a broken sidebar link once, counted on every page, and a relative link against its own page', () => {
		const sidebars = new Map<string, { ids: string[]; links: string[] }>();
		const site: SiteMap = new Map([
			['/a/', readBuiltPage(html('/a/', '<a href="c/">c</a>'), sidebars)],
			['/b/', readBuiltPage(html('/b/', '<a href="c/">c</a>'), sidebars)],
			['/a/c/', readBuiltPage(html('', ''), sidebars)],
		]);
		const problems = checkLinks(site, (p) => `dist${p}index.html`);
		expect(problems.map((p) => p.message).sort()).toEqual(['"/gone/" is broken: no page at /gone/ (on 3 pages)', '"c/" is broken: no page at /b/c/']);
	});
});
