import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { figureHtml } from '../../src/diagram/figure-html.ts';
import { roadmapDocument } from '../../src/export/roadmap-document.ts';
import { checkLinks, parseInternal, resolvePage } from '../../src/links/check-links.ts';
import { checkLock } from '../../src/links/lock.ts';
import { urlsOutsideBase } from '../../src/links/outside-base.ts';
import { readBuiltPage, type SiteMap } from '../../src/links/site-map.ts';
import { planData } from '../../src/plan/plan-data.ts';
import { DEFAULT_SITE_URL, normalizeBase, siteConfig } from '../../src/site/env.ts';
import { satteriBase } from '../../src/site/satteri-base.ts';
import { absoluteUrl, stripBase, withBase } from '../../src/site/url.ts';
import { checkContent } from '../../src/check/run-check.ts';
import { projectRoot } from '../support/fixture-site.ts';

describe('siteConfig (SITE_URL, BASE_PATH)', () => {
	const ok = (env: Parameters<typeof siteConfig>[0]) => {
		const result = siteConfig(env);
		if (!result.ok) throw new Error(result.error);
		return result.config;
	};
	const error = (env: Parameters<typeof siteConfig>[0]) => {
		const result = siteConfig(env);
		if (result.ok) throw new Error(`accepted ${JSON.stringify(env)}`);
		return result.error;
	};

	it('defaults to the local preview URL at the root, and says the site is a default', () => {
		expect(ok({})).toEqual({ site: DEFAULT_SITE_URL, base: '/', siteIsDefault: true });
		expect(ok({ SITE_URL: ' ', BASE_PATH: '' })).toEqual({ site: DEFAULT_SITE_URL, base: '/', siteIsDefault: true });
	});

	it('normalizes trailing slashes: the site is an origin ending in /, the base has a slash on both sides', () => {
		expect(ok({ SITE_URL: 'https://name.github.io', BASE_PATH: '/repo' })).toEqual({ site: 'https://name.github.io/', base: '/repo/', siteIsDefault: false });
		expect(ok({ SITE_URL: 'https://roadmap.dev/', BASE_PATH: '/' })).toMatchObject({ site: 'https://roadmap.dev/', base: '/' });
		expect(ok({ BASE_PATH: '/a//b/' }).base).toBe('/a/b/');
	});

	it('takes the base from a SITE_URL with a path when BASE_PATH is unset, and accepts both when they agree', () => {
		expect(ok({ SITE_URL: 'https://name.github.io/repo' })).toMatchObject({ site: 'https://name.github.io/', base: '/repo/' });
		expect(ok({ SITE_URL: 'https://name.github.io/repo/', BASE_PATH: '/repo' })).toMatchObject({ base: '/repo/' });
	});

	it('rejects a BASE_PATH without a leading slash, naming the variable, the value and an example', () => {
		expect(error({ BASE_PATH: 'repo/' })).toBe('BASE_PATH="repo/" is not valid: it must start with a slash. Example: BASE_PATH=/repo/');
		expect(error({ BASE_PATH: 'fork' })).toBe('BASE_PATH="fork" is not valid: it must start with a slash. Example: BASE_PATH=/fork/');
		expect(error({ BASE_PATH: '/a/../b' })).toMatch(/^BASE_PATH="\/a\/..\/b" is not valid: .*Example: BASE_PATH=\/repo\/$/);
	});

	it('rejects a SITE_URL that is not an http(s) URL, naming the variable, the value and an example', () => {
		expect(error({ SITE_URL: 'name.github.io' })).toBe('SITE_URL="name.github.io" is not valid: it is not an absolute URL. Example: SITE_URL=https://name.github.io');
		expect(error({ SITE_URL: 'ftp://name.github.io' })).toMatch(/^SITE_URL="ftp:\/\/name.github.io" is not valid: it must start with http:\/\/ or https:\/\//);
		expect(error({ SITE_URL: 'https://x.org/?a=1' })).toMatch(/^SITE_URL=.*query/);
	});

	it('rejects a SITE_URL path that contradicts BASE_PATH', () => {
		expect(error({ SITE_URL: 'https://name.github.io/repo/', BASE_PATH: '/other/' })).toMatch(/^BASE_PATH="\/other\/" is not valid: SITE_URL .* disagree/);
	});

	it('rejects a stray BASE_URL variable that would override the base, and accepts one that agrees', () => {
		expect(error({ BASE_PATH: '/fork/', BASE_URL: '/' })).toMatch(/^BASE_URL="\/" is not valid: it overrides the base path \(\/fork\/\)/);
		expect(ok({ BASE_PATH: '/fork', BASE_URL: '/fork/' }).base).toBe('/fork/');
	});

	it('normalizeBase', () => {
		expect(['/', '//', '/x', '/x/', '/x//y'].map(normalizeBase)).toEqual(['/', '/', '/x/', '/x/', '/x/y/']);
	});
});

describe('withBase and stripBase', () => {
	it('prefixes root-absolute site paths only', () => {
		expect(withBase('/skills/x/#a', '/repo/')).toBe('/repo/skills/x/#a');
		expect(withBase('/', '/repo')).toBe('/repo/');
		for (const href of ['https://e.org/', '//cdn.org/x', '#top', 'x/', '', 'mailto:a@b.c']) expect(withBase(href, '/repo/')).toBe(href);
		expect(withBase('/skills/x/', '/')).toBe('/skills/x/');
		expect(withBase('/skills/x/')).toBe('/skills/x/'); // outside Astro the base is /
	});

	it('strips the base, and says when a path lies outside it', () => {
		expect(stripBase('/repo/skills/x/', '/repo/')).toBe('/skills/x/');
		expect(stripBase('/repo', '/repo/')).toBe('/');
		expect(stripBase('/repository/x/', '/repo/')).toBeUndefined();
		expect(stripBase('/skills/x/', '/repo/')).toBeUndefined();
		expect(stripBase('/skills/x/', '/')).toBe('/skills/x/');
	});

	it('absoluteUrl joins site, base and path', () => {
		expect(absoluteUrl('/s/x/', 'https://name.github.io/', '/repo/')).toBe('https://name.github.io/repo/s/x/');
	});
});

describe('emitters honour the base', () => {
	it('Markdown links and images get the base; external, hash and relative links do not', async () => {
		const { html } = await markdownToHtml('[a](/skills/x/#y) [b](https://e.org/) [c](#h) [d](../z/) ![i](/img.png)', { hastPlugins: [satteriBase('/fork/')] });
		expect(html).toContain('href="/fork/skills/x/#y"');
		expect(html).toContain('src="/fork/img.png"');
		expect(html).toContain('href="https://e.org/"');
		expect(html).toContain('href="#h"');
		expect(html).toContain('href="../z/"');
	});

	it('at a domain root there is no base plugin at all: every link would stay as written', async () => {
		expect(satteriBase('/')).toBeNull();
		expect(satteriBase('')).toBeNull();
		const source = '[a](/skills/x/#y) ![i](/img.png)';
		expect((await markdownToHtml(source, { hastPlugins: [satteriBase('/')] })).html).toBe(markdownToHtml(source).html);
	});

	it('a diagram figure prefixes its overlay links and its text version at inline time; the render is untouched', () => {
		const render = { svg: '<svg viewBox="0 0 10 10"></svg>', type: 'flowchart-v2', style: 's', colours: [], width: 10, height: 10, links: [{ href: '/skills/x/', label: 'X', x: 0, y: 0, width: 5, height: 5 }] };
		const html = figureHtml({ id: 'd', title: 'D', render, alt: [{ label: 'X', href: '/skills/x/' }], base: '/fork/' });
		expect([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/fork/skills/x/', '/fork/skills/x/']);
		expect(render.links[0]!.href).toBe('/skills/x/');
		expect(figureHtml({ id: 'd', title: 'D', render, alt: [] })).toContain('href="/skills/x/"');
	});

	it('roadmap.json: url, shortLink and site carry the base, path stays a site path; plan links carry it too', () => {
		const { graph } = checkContent(projectRoot);
		const doc = roadmapDocument(graph, 'https://name.github.io/', '/fork/');
		const entry = doc.entries[0]!;
		expect(doc.site).toBe('https://name.github.io/fork/');
		expect(entry.url).toBe(`https://name.github.io/fork${entry.path}`);
		expect(entry.shortLink).toBe(`https://name.github.io/fork/s/${entry.id}/`);
		expect(entry.path.startsWith('/fork/')).toBe(false);
		const data = planData(doc, '/fork/');
		expect(data.tracks.every((t) => t.href.startsWith('/fork/'))).toBe(true);
		expect(Object.values(data.skills).every((s) => s.href.startsWith('/fork/'))).toBe(true);
	});
});

describe('link checks under a base', () => {
	const site = (pages: Record<string, string>): SiteMap => new Map(Object.entries(pages).map(([path, html]) => [path, readBuiltPage(html)]));
	const map = site({
		'/a/': '<h2 id="top">t</h2><a href="/fork/b/#part">ok</a><a href="/fork/old/">redirect</a><a href="../b/">relative</a><a href="/fork/_astro/x.css">asset</a><a href="/fork">root</a>',
		'/b/': '<h2 id="part">p</h2><a href="/b/">no base</a><a href="/fork/a/#gone">y</a>',
		'/': '<a href="/forked/">prefix, not the base</a>',
		'/old/': '<meta http-equiv="refresh" content="0;url=/fork/b/">',
	});
	const problems = checkLinks(map, (path) => `file${path}`, '/fork/');

	it('resolves based links, relative links and redirect pages whose target carries the base', () => {
		expect(problems.filter((p) => p.file === 'file/a/')).toEqual([]);
		expect(resolvePage(map, '/old/', '/fork/')?.path).toBe('/b/');
		expect(parseInternal('../x#y', '/a/b/', '/fork/')).toEqual({ path: '/a/x/', hash: 'y' });
	});

	it('reports a link outside the base, naming page and link', () => {
		expect(problems.map((p) => `${p.file} ${p.message}`)).toEqual([
			'file/b/ "/b/" is broken: it points outside the base path /fork/ the site is published under (a site path written into HTML without withBase() from src/site/url.ts)',
			'file/b/ "/fork/a/#gone" is broken: no #gone on /a/',
			'file/ "/forked/" is broken: it points outside the base path /fork/ the site is published under (a site path written into HTML without withBase() from src/site/url.ts)',
		]);
	});

	it('the lock stays base-free: the same lock passes a build under /fork/', () => {
		const lock = { pages: { '/b/': { anchors: ['part'] }, '/old/': { anchors: [] } } };
		expect(checkLock(lock, map, () => undefined, '/fork/')).toEqual([]);
	});

	it('urlsOutsideBase lists every href, src, srcset and refresh URL that leaves the base', () => {
		const html =
			'<link href="/fork/_astro/a.css"><script src="/_astro/b.js"></script><img srcset="/fork/i.png 1x, /i@2x.png 2x">' +
			'<a href="https://name.github.io/fork/x/">ok</a><a href="https://name.github.io/x/">own origin</a><a href="https://e.org/x/">ext</a><a href="#t">t</a>' +
			'<meta http-equiv="refresh" content="0;url=/x/">';
		expect(urlsOutsideBase(html, '/fork/', 'https://name.github.io/')).toEqual(['src="/_astro/b.js"', 'srcset="/i@2x.png"', 'href="https://name.github.io/x/"', 'meta refresh url=/x/']);
		expect(urlsOutsideBase(html, '/', 'https://name.github.io/')).toEqual([]);
	});
});
