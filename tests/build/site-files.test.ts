// public/ and link previews in the built site: favicons, robots.txt, the default social image, one
// Open Graph card per page with its meta tags, llms.txt and the A–Z index.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, readPage } from '../support/dist.ts';

const png = (file: string) => {
	const bytes = readFileSync(file);
	expect(bytes.subarray(1, 4).toString()).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};
const meta = (html: string, property: string) => html.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`))?.[1];

describe('site files', () => {
	it('ships the favicons and links both from every page', () => {
		expect(readFileSync(join(distDir, 'favicon.svg'), 'utf8')).toMatch(/^<svg /);
		expect(png(join(distDir, 'favicon.png'))).toEqual({ width: 192, height: 192 });
		for (const path of builtPages()) {
			const html = readPage(path);
			expect(html, path).toMatch(/<link rel="shortcut icon" href="[^"]*\/favicon\.svg" type="image\/svg\+xml"/);
			expect(html, path).toMatch(/<link rel="icon" type="image\/png" sizes="192x192" href="[^"]*\/favicon\.png"/);
		}
	});

	it('has robots.txt pointing at the sitemap by its absolute URL, and the sitemap exists', () => {
		const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
		const sitemap = robots.match(/^Sitemap: (https?:\/\/\S+)$/m)?.[1];
		expect(sitemap).toMatch(/\/sitemap-index\.xml$/);
		expect(existsSync(join(distDir, 'sitemap-index.xml'))).toBe(true);
	});

	it('gives every page an og:image of 1200 x 630 that exists in dist, and a large twitter card', () => {
		const base = readFileSync(join(distDir, 'robots.txt'), 'utf8').match(/^Sitemap: (\S+)sitemap-index\.xml$/m)![1]!;
		const own = new Set<string>();
		for (const path of builtPages()) {
			const html = readPage(path);
			const image = meta(html, 'og:image');
			expect(image, path).toBeDefined();
			expect(image!.startsWith(base), `${path}: ${image} is not under ${base}`).toBe(true);
			const file = join(distDir, image!.slice(base.length));
			expect(png(file), `${path}: ${image}`).toEqual({ width: 1200, height: 630 });
			expect([meta(html, 'og:image:width'), meta(html, 'og:image:height'), meta(html, 'twitter:card')], path).toEqual(['1200', '630', 'summary_large_image']);
			if (!image!.endsWith('/social.png')) own.add(image!);
		}
		// Every entry and guide has its own card; only pages outside the content (the A–Z index, the diagrams'
		// full-size pages) use the default.
		expect(meta(readPage('/skills/eval-design/'), 'og:image')).toMatch(/\/og\/skills\/eval-design\.png$/);
		expect(meta(readPage('/'), 'og:image')).toMatch(/\/og\/index\.png$/);
		const contentPages = builtPages().filter((p) => p !== '/a-z/' && !p.startsWith('/diagrams/'));
		expect(contentPages.length).toBeGreaterThan(100);
		expect(own.size).toBeGreaterThanOrEqual(contentPages.length);
	});

	it('publishes llms.txt for readers who go through an assistant, with what each page says in its frontmatter', () => {
		const llms = readFileSync(join(distDir, 'llms.txt'), 'utf8');
		expect(llms).toMatch(/^# /);
		expect(llms).toMatch(/llms-full\.txt/);
		// Every built content page is listed (guides, index pages and entries).
		const listed = new Set([...llms.matchAll(/\]\(https?:\/\/[^/]+(\/[^)]*)\)/g)].map((m) => m[1]!));
		expect(listed.size).toBeGreaterThan(150);
		for (const page of ['/skills/eval-design/', '/tracks/applied-ai-engineer/', '/guides/glossary/', '/phases/']) expect(listed, page).toContain(page);
		// The full text carries a skill's proof, pitfalls and resources, which live in frontmatter, not the MDX body.
		const full = readFileSync(join(distDir, 'llms-full.txt'), 'utf8');
		const skill = full.slice(full.indexOf('# Skill: Eval design'), full.indexOf('\n---\n', full.indexOf('# Skill: Eval design')));
		for (const heading of ['## What to learn, in order', '## Proof', '## Pitfalls', '## Resources', '## Sources']) expect(skill, heading).toContain(heading);
		expect(skill).toMatch(/Last reviewed: \d{4}-\d{2}-\d{2}/);
		expect(readFileSync(join(distDir, 'llms-small.txt'), 'utf8')).toContain('# Skill: Eval design');
	});

	it('lists every entry on the static A–Z page at /a-z/, as plain links with kind labels', () => {
		const html = readPage('/a-z/');
		expect(html).toMatch(/<h1[^>]*>A–Z index<\/h1>/);
		expect(html).toMatch(/<a href="[^"]*\/skills\/eval-design\/"[^>]*>Eval design<\/a> <span class="roadmap-muted[^"]*">\(Skill · Learn new\)<\/span>/);
		const links = [...html.matchAll(/<li[^>]*><a href="([^"#]+)"/g)].length;
		expect(links).toBeGreaterThan(130);
	});
});
