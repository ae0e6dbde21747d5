import { describe, expect, it } from 'vitest';
import { fenceId, fenceOrdinal, fenceTitle, findMermaidFences } from '../../src/diagram/fences.ts';
import { figureHtml, readingOrder } from '../../src/diagram/figure-html.ts';
import { diagramSlug, fullSizeHref, minScale, needsFullSize } from '../../src/diagram/fit.ts';
import type { Rendered } from '../../src/diagram/render/rendered.ts';

const rendered: Rendered = {
	svg: '<svg id="mmd-1" viewBox="4 4 200 100" width="200" height="100"></svg>',
	type: 'flowchart-v2',
	style: 'abc',
	colours: [],
	width: 200,
	height: 100,
	links: [{ href: '/skills/a/', label: 'A <b>', x: 14, y: 24, width: 50, height: 20 }],
};

describe('figureHtml', () => {
	const html = figureHtml({ id: 'd', title: 'T "1"', render: rendered, alt: [{ label: '<A>', href: '/skills/a/', children: [{ label: 'b' }] }] });

	it('puts its one render in role="img" with the name, and keeps links out of it', () => {
		const images = [...html.matchAll(/<div class="roadmap-diagram__img" role="img" aria-label="T &quot;1&quot;">(.*?)<\/div>/g)];
		expect(images).toHaveLength(1);
		for (const [, inner] of images) expect(inner).not.toContain('<a');
	});

	it('exposes the nodes as a list of named links over the picture, shifted into its frame, each a tab stop', () => {
		expect(html).toMatch(/<svg class="roadmap-diagram__links" viewBox="0 0 200 100"[^>]* role="list" aria-label="Pages in the diagram: T &quot;1&quot;">/);
		expect(html).toContain('<g role="listitem"><a href="/skills/a/" aria-label="A &lt;b&gt;"><rect x="10" y="20" width="50" height="20" rx="6"/></a></g>');
		expect(html).not.toContain('tabindex="-1"');
		expect(html).not.toMatch(/class="roadmap-diagram__links"[^>]*aria-hidden/);
		// The links are the view's tab stops; the view itself is one only when it has no links.
		expect(html).not.toMatch(/class="roadmap-diagram__view[^"]*" tabindex="0"/);
		expect(figureHtml({ id: 'd', title: 'T', render: { ...rendered, links: [] }, alt: [] })).toMatch(/class="roadmap-diagram__view[^"]*" tabindex="0"/);
	});

	it('lets the frame shrink with its column down to 12/15 of natural size, never below', () => {
		expect(minScale).toBe(0.8);
		expect(html).toContain('style="width:200px;min-width:160px;aspect-ratio:200/100"');
	});

	it('links to the full-size page only when the diagram cannot fit a phone at 12 px labels', () => {
		expect(html).not.toContain('roadmap-diagram__full');
		const wide = { ...rendered, width: 600 };
		expect(needsFullSize(wide)).toBe(true);
		expect(needsFullSize({ width: 425 })).toBe(false);
		expect(figureHtml({ id: 'skill-x', title: 'T', render: wide, alt: [] })).toContain('<p class="roadmap-diagram__full"><a href="/diagrams/skill-x/">Open the diagram at full size<span class="sr-only">: T</span></a></p>');
		// The full-size page shows it at natural size in a focusable region, and links nowhere else.
		const full = figureHtml({ id: 'skill-x', title: 'T', render: wide, alt: [], mode: 'full' });
		expect(full).toContain('class="roadmap-diagram__view roadmap-diagram__view--full" tabindex="0"');
		expect(full).toContain('style="width:600px;height:100px"');
		expect(full).not.toContain('roadmap-diagram__full"');
	});

	it('names full-size pages by a URL-safe slug of the diagram id', () => {
		expect(diagramSlug(fenceId('content/docs/notes/rag-pipeline-anatomy.mdx', 1))).toBe('fence-notes-rag-pipeline-anatomy-1');
		expect(fullSizeHref('skill-rag-fundamentals')).toBe('/diagrams/skill-rag-fundamentals/');
	});

	it('numbers an author\'s diagrams by fence, so lines added above one keep its full-size URL', () => {
		const page = '---\ntitle: T\n---\n\n```mermaid\nflowchart TB\n  a --> b\n```\n\nText.\n\n```mermaid\nflowchart LR\n  c --> d\n```\n';
		const longer = page.replace('title: T\n', 'title: T\nlastReviewed: 2026-12-07\ndescription: D\n');
		const ids = (text: string) => findMermaidFences(text).map((f) => fenceId('content/docs/notes/x.mdx', fenceOrdinal(text, f.line)));
		expect(ids(page)).toEqual(['fence-content/docs/notes/x.mdx:1', 'fence-content/docs/notes/x.mdx:2']);
		expect(ids(longer)).toEqual(ids(page));
		expect(fenceOrdinal(page, 1)).toBe(0);
	});

	it('ends with the text version as a nested list of escaped links', () => {
		expect(html).toContain('<details class="roadmap-diagram__alt"><summary>Text version: T &quot;1&quot;</summary><ul><li><a href="/skills/a/">&lt;A&gt;</a><ul><li>b</li></ul></li></ul></details>');
	});

	it('without renders shows the notice and opens the text version', () => {
		const bare = figureHtml({ id: 'd', title: 'T', alt: [{ label: 'x' }], notice: 'No Chromium: install it.' });
		expect(bare).not.toContain('role="img"');
		expect(bare).toContain('<p class="roadmap-diagram__notice">No Chromium: install it.</p>');
		expect(bare).toContain('<details class="roadmap-diagram__alt" open>');
	});
});

describe('readingOrder', () => {
	it('orders node links top to bottom, then left to right within a row', () => {
		const at = (href: string, x: number, y: number) => ({ href, label: href, x, y, width: 100, height: 40 });
		const order = readingOrder([at('c', 0, 100), at('b', 200, 5), at('a', 10, 0), at('d', 150, 110)]).map((l) => l.href);
		expect(order).toEqual(['a', 'b', 'c', 'd']);
	});
});

describe('findMermaidFences', () => {
	it('finds each fence with the line of its opening, source trimmed', () => {
		const text = ['---', 'title: x', '---', '', '```mermaid', 'flowchart LR  ', '  A --> B', '```', '', '```js', 'x', '```', '~~~mermaid', 'pie', '~~~'].join('\n');
		expect(findMermaidFences(text)).toEqual([
			{ line: 5, source: 'flowchart LR\n  A --> B' },
			{ line: 13, source: 'pie' },
		]);
	});
});

describe('fenceTitle', () => {
	it('prefers accTitle, else names the first nodes', () => {
		expect(fenceTitle('flowchart LR\n accTitle: The RAG pipeline\n A-->B', [])).toBe('The RAG pipeline');
		expect(fenceTitle('flowchart LR', ['A', 'B', 'C', 'D', 'E', 'F'])).toBe('Diagram: A, B, C, D and 2 more');
	});
});
