import { describe, expect, it } from 'vitest';
import { colourVar, darkThemeCss, pairColours, uncovered } from '../../src/diagram/render/palette.ts';
import { dropUnusedDefs, paragraphSelectors, paragraphsToSpans, sharedStylesheet, splitRules, themeSvg } from '../../src/diagram/render/theme-svg.ts';

const raw =
	'<svg id="mmd-abc" width="10" height="10" class="flowchart" viewBox="0 0 10 10"><style>#mmd-abc{fill:#17181C;}@keyframes dash{to{stroke-dashoffset:0;}}#mmd-abc .node rect{fill:#eef1fb;stroke:rgba(1, 2, 3, 0.5);}#mmd-abcd .x{fill:#000;}</style>' +
	'<g><rect fill="#eef1fb" stroke="#3b4cca" style="stroke-width:3px"></rect><stop offset="0" stop-color="hsl(220, 0%, 85%)"/><text x="1">#notacolour</text></g></svg>';

describe('themeSvg', () => {
	const themed = themeSvg(raw, 'mmd-abc', 'flowchart-v2');

	it('takes mermaid’s <style> out of the SVG and scopes its rules to the diagram type, not the id', () => {
		expect(themed.svg).not.toContain('<style>');
		expect(themed.rules[0]).toBe('.rm-mmd--flowchart-v2{fill:var(--rmc-17181c, #17181c);}');
		expect(themed.rules).toContain('@keyframes dash{to{stroke-dashoffset:0;}}');
		// Another id that starts with the same characters is not this SVG's id: never scoped to the type.
		expect(themed.rules.join('\n')).not.toContain('.rm-mmd--flowchart-v2 .x');
	});

	it('turns every colour into a custom property whose fallback is the light colour', () => {
		expect(themed.svg).not.toMatch(/="#|:#|\(1,/);
		expect(themed.svg).toContain('style="fill:var(--rmc-eef1fb, #eef1fb);stroke:var(--rmc-3b4cca, #3b4cca);stroke-width:3px"');
		expect(themed.svg).toContain(`stop-color:var(${colourVar('hsl(220, 0%, 85%)')}, hsl(220,0%,85%))`);
		expect(themed.rules[2]).toContain(`stroke:var(${colourVar('rgba(1,2,3,0.5)')}, rgba(1,2,3,0.5))`);
	});

	it('marks the SVG with its type and lists the light colours it uses', () => {
		expect(themed.svg).toMatch(/^<svg id="mmd-abc" width="10" height="10" class="flowchart rm-mmd rm-mmd--flowchart-v2"/);
		expect(themed.colours).toEqual(['#000', '#17181c', '#3b4cca', '#eef1fb', 'hsl(220,0%,85%)', 'rgba(1,2,3,0.5)']);
	});

	it('leaves text alone', () => {
		expect(themed.svg).toContain('>#notacolour</text>');
	});
});

describe('valid HTML labels', () => {
	it('turns mermaid’s <p> inside label spans into spans, and aims its p rules at them', () => {
		const label = '<foreignObject><div><span class="nodeLabel"><p>RAG</p></span></div></foreignObject><path d="M0"/><polygon points="1"/>';
		expect(paragraphsToSpans(label)).toBe('<foreignObject><div><span class="nodeLabel"><span class="rm-p">RAG</span></span></div></foreignObject><path d="M0"/><polygon points="1"/>');
		expect(paragraphSelectors('.x p{margin:0;}')).toBe('.x .rm-p{margin:0;}');
		expect(paragraphSelectors('.x .edgeLabel p,.x .icon-shape p{padding:2px;}')).toBe('.x .edgeLabel .rm-p,.x .icon-shape .rm-p{padding:2px;}');
		expect(paragraphSelectors('.x .path{stroke:red;}')).toBe('.x .path{stroke:red;}');
		expect(paragraphSelectors('@keyframes p{from{opacity:0}}')).toBe('@keyframes p{from{opacity:0}}');
	});
});

describe('the palette', () => {
	it('pairs light and dark colours by position', () => {
		expect(pairColours('a{fill:#fff} b{fill:#111;stroke:#fff}', 'a{fill:#000} b{fill:#eee;stroke:#000}')).toEqual({ ok: true, pairs: { '#fff': '#000', '#111': '#eee' } });
	});

	it('refuses a light colour that stands for two dark ones, which CSS could not tell apart', () => {
		const result = pairColours('a{fill:#fff} b{fill:#fff}', 'a{fill:#000} b{fill:#222}');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toContain('light colour #fff stands for both #000 and #222');
	});

	it('refuses renders whose colours do not line up', () => {
		expect(pairColours('#fff #000', '#000').ok).toBe(false);
	});

	it('names the colours without a dark value, and writes overrides only for colours that change', () => {
		expect(uncovered(['#fff', '#111', '#fff'], { '#fff': '#000' })).toEqual(['#111']);
		expect(darkThemeCss(['#fff', '#000'], { '#fff': '#000', '#000': '#000' })).toBe(":root[data-theme='dark'] {\n\t--rmc-fff: #000;\n}\n");
	});
});

describe('the shared stylesheet', () => {
	it('holds each rule once, then the dark overrides', () => {
		const css = sharedStylesheet([['a{}', 'b{}'], ['a{}', 'c{}']], 'D');
		expect(css.split('\n').filter((l) => /^[abc]\{/.test(l))).toEqual(['a{}', 'b{}', 'c{}']);
		expect(css.endsWith('D')).toBe(true);
	});

	it('splits rules at top-level braces only', () => {
		expect(splitRules('a{x:1}@keyframes k{to{y:0}}b{z:2}')).toEqual(['a{x:1}', '@keyframes k{to{y:0}}', 'b{z:2}']);
	});
});

describe('dropUnusedDefs', () => {
	it('keeps the markers, gradients and filters something points at, and drops the rest', () => {
		const svg = '<svg><marker id="a"><path d="M0 0"></path></marker><marker id="b"><path/></marker><linearGradient id="g"><stop/></linearGradient><filter id="f"></filter><path marker-end="url(#a)" style="filter:url(#f)"></path></svg>';
		expect(dropUnusedDefs(svg)).toBe('<svg><marker id="a"><path d="M0 0"></path></marker><filter id="f"></filter><path marker-end="url(#a)" style="filter:url(#f)"></path></svg>');
	});
});
