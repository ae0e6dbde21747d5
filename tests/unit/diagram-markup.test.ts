import { describe, expect, it } from 'vitest';
import { fenceTitle, findMermaidFences } from '../../src/diagram/fences.ts';
import { figureHtml } from '../../src/diagram/figure-html.ts';
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

	it('puts links in a hidden overlay, shifted into its frame and out of the tab order', () => {
		expect(html).toContain('<a href="/skills/a/" tabindex="-1"><title>A &lt;b&gt;</title><rect x="10" y="20" width="50" height="20" rx="6"/></a>');
		expect(html).toMatch(/class="roadmap-diagram__links"[^>]*aria-hidden="true"/);
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
