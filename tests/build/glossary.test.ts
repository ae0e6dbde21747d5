// The first use of a glossary term on a page links to its entry (src/site/satteri-glossary.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/glossary/terms.ts';
import { glossaryFile } from '../../src/site/satteri-glossary.ts';
import { builtPages, readPage } from '../support/dist.ts';
import { projectRoot } from '../support/fixture-site.ts';

const terms = parseGlossary(readFileSync(join(projectRoot, glossaryFile), 'utf8'));
const termLinks = (html: string) => [...html.matchAll(/<a href="[^"]*\/guides\/glossary\/#([^"]+)" class="roadmap-term">([^<]*)<\/a>/g)].map((m) => ({ anchor: m[1]!, text: m[2]! }));

describe('glossary links', () => {
	it('gives every glossary entry the id its links point at', () => {
		const glossary = readPage('/guides/glossary/');
		expect(terms.length).toBeGreaterThan(70);
		for (const t of terms) expect(glossary, t.label).toContain(`<li id="${t.anchor}">`);
		expect(termLinks(glossary)).toEqual([]);
	});

	it('links the first use of a term once per page, to an entry that exists, never inside a heading', () => {
		const anchors = new Set(terms.map((t) => t.anchor));
		const pages = builtPages().filter((p) => p !== '/guides/glossary/');
		let linkedPages = 0;
		for (const path of pages) {
			const html = readPage(path);
			const links = termLinks(html);
			if (links.length > 0) linkedPages++;
			for (const l of links) expect(anchors.has(l.anchor), `${path} #${l.anchor}`).toBe(true);
			expect(new Set(links.map((l) => l.anchor)).size, path).toBe(links.length);
			expect(html, path).not.toMatch(/<h[1-6][^>]*>(?:(?!<\/h[1-6]>).)*roadmap-term/s);
		}
		expect(linkedPages).toBeGreaterThan(100);
	});

	it('does not link a term on the page that teaches it', () => {
		const fineTuning = terms.find((t) => t.home === '/skills/fine-tuning/' && t.names.includes('Fine-tuning'))!;
		expect(termLinks(readPage('/skills/fine-tuning/')).map((l) => l.anchor)).not.toContain(fineTuning.anchor);
		expect(termLinks(readPage('/skills/training-from-scratch/')).map((l) => l.anchor)).toContain(fineTuning.anchor);
	});
});
