// Pure parts of the A–Z index, the link-preview cards and robots.txt.
import { describe, expect, it } from 'vitest';
import { azIndex, fileUnder } from '../../src/a-z/az-index.ts';
import { checkContent } from '../../src/check/run-check.ts';
import { ogCards, ogImagePath } from '../../src/og/cards.ts';
import { robotsTxt, withSlash } from '../../src/og/robots.ts';
import { projectRoot } from '../support/fixture-site.ts';

const { graph } = checkContent(projectRoot);
const entries = Object.values(graph.entries).flatMap((m) => [...m.values()]);

describe('A–Z index', () => {
	const groups = azIndex(graph);
	const items = groups.flatMap((g) => g.items);

	it('lists every entry and plain page once, except the home page', () => {
		const expected = [...entries.map((e) => e.href), ...graph.pages.map((p) => p.href).filter((h) => h !== '/')].sort();
		expect(items.map((i) => i.href).sort()).toEqual(expected);
	});

	it('files each title under its first letter, letters in order, titles sorted inside', () => {
		for (const g of groups) {
			for (const item of g.items) expect(fileUnder(item.title)).toBe(g.letter);
			const titles = g.items.map((i) => i.title);
			expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
		}
		const letters = groups.map((g) => g.letter).filter((l) => l !== '#');
		expect(letters).toEqual([...letters].sort());
		expect(new Set(groups.map((g) => g.slug)).size).toBe(groups.length);
	});

	it('labels each line with its kind, and a skill with its category', () => {
		const skill = [...graph.entries.skill.values()][0]!;
		expect(items.find((i) => i.href === skill.href)!.label).toMatch(/^Skill · (Carries over|Learn new|Skip for now|Deepen later)$/);
		const phase = [...graph.entries.phase.values()][0]!;
		expect(items.find((i) => i.href === phase.href)!.label).toBe('Phase');
		expect(items.find((i) => i.href === '/guides/how-to-use/')!.label).toBe('Page');
	});

	it('files accents under the bare letter and digits or signs under #', () => {
		expect([fileUnder('évaluer'), fileUnder('90-day plan'), fileUnder(' rag'), fileUnder('“Quoted”')]).toEqual(['E', '#', 'R', '#']);
	});
});

describe('link-preview cards', () => {
	const cards = ogCards(graph, 'site line');

	it('has one card per page, at a unique image path', () => {
		expect(cards).toHaveLength(entries.length + graph.pages.length);
		expect(new Set(cards.map((c) => ogImagePath(c.href))).size).toBe(cards.length);
	});

	it('maps page paths to image paths', () => {
		expect([ogImagePath('/'), ogImagePath('/skills/'), ogImagePath('/skills/eval-design/')]).toEqual(['og/index.png', 'og/skills.png', 'og/skills/eval-design.png']);
	});

	it('shows the title, the kind and a skill category', () => {
		const skill = [...graph.entries.skill.values()].find((s) => s.data.category === 'carries-over')!;
		expect(cards.find((c) => c.href === skill.href)).toEqual({ href: skill.href, title: skill.title, label: 'Skill · Carries over' });
		expect(cards.find((c) => c.href === '/plan/')!.label).toBe('site line');
	});
});

describe('robots.txt', () => {
	it('points at the absolute sitemap URL under the base', () => {
		expect(robotsTxt(new URL(`${withSlash('/fork')}sitemap-index.xml`, 'https://me.github.io'))).toBe('User-agent: *\nAllow: /\n\nSitemap: https://me.github.io/fork/sitemap-index.xml\n');
		expect(withSlash('/')).toBe('/');
	});
});
