import { describe, expect, it } from 'vitest';
import { escapeHtml, mermaidHref, mermaidLabel, mermaidText, nodeId } from '../../src/diagram/escape.ts';

describe('mermaidText', () => {
	it('turns quotes, markup and mermaid syntax into entity codes', () => {
		const escaped = mermaidText('Say "hi" <script>alert(1)</script> ]) --> x; click a href "javascript:x"');
		expect(escaped.replace(/#\d+;/g, '')).not.toMatch(/["<>[\](){};|#]/);
		expect(escaped).toContain('#34;hi#34;');
		expect(escaped).toContain('#60;script#62;');
	});

	it('keeps ordinary words, digits and dashes readable', () => {
		expect(mermaidText('Days 1–30: LLM foundations, part 2')).toBe('Days 1–30: LLM foundations, part 2');
	});

	it('folds newlines into spaces, so a label cannot start a new statement', () => {
		expect(mermaidText('one\n  end\ntwo')).toBe('one end two');
	});

	it('escapes # so an author cannot write an entity code of their own', () => {
		expect(mermaidText('#quot;')).toBe('#35;quot#59;');
	});
});

describe('mermaidLabel', () => {
	it('joins escaped lines with a line break', () => {
		expect(mermaidLabel(['Week 1', 'a <b>'])).toBe('Week 1<br>a #60;b#62;');
	});
});

describe('nodeId', () => {
	it('keeps only letters, digits and underscores, behind a prefix', () => {
		expect(nodeId('s', 'end')).toBe('s_end');
		expect(nodeId('s', 'rag-fundamentals')).toBe('s_rag_fundamentals');
	});
});

describe('mermaidHref and escapeHtml', () => {
	it('percent-encodes a quote in a link', () => {
		expect(mermaidHref('/skills/a"b/')).toBe('/skills/a%22b/');
	});
	it('escapes HTML specials', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
	});
});
