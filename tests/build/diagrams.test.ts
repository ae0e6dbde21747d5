import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { siteDiagrams } from '../../src/diagram/all-diagrams.ts';
import { diagramSlug } from '../../src/diagram/fit.ts';
import { lookupDiagram } from '../../src/diagram/render/lookup-fs.ts';
import { prerenderDiagrams } from '../../src/diagram/render/prerender-fs.ts';
import { chromiumPath } from '../support/browser.ts';
import { checkFixture, page, note, skill, phase, track, role } from '../support/fixtures.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const figures = (text: string) => [...text.matchAll(/<figure class="roadmap-diagram" data-diagram="([^"]+)">([\s\S]*?)<\/figure>/g)].map((m) => ({ id: m[1]!, body: m[2]! }));

describe('diagrams in the built site', () => {
	const pages = files(dist).filter((f) => f.endsWith('.html'));
	const all = pages.flatMap((f) => figures(readFileSync(f, 'utf8')).map((fig) => ({ ...fig, file: f })));

	it('puts every generated diagram on a page, as one inline SVG themed by CSS variables', () => {
		const onPages = new Set(all.map((f) => f.id));
		// The transition map is placed by the transfer tables guide.
		for (const d of siteDiagrams(checkContent(root).graph)) expect(onPages.has(d.id), d.id).toBe(true);
		for (const fig of all) {
			expect(fig.body.match(/<div class="roadmap-diagram__img" role="img" aria-label="[^"]+"><svg /g), fig.id).toHaveLength(1);
			const svg = /<div class="roadmap-diagram__img"[^>]*>(<svg[\s\S]*?<\/svg>)/.exec(fig.body)![1]!;
			// No per-diagram stylesheet, and no colour outside a custom property the dark theme can override.
			expect(svg, fig.id).not.toContain('<style>');
			expect(svg.replace(/var\(--rmc-[\w]+, [^)]*\)?\)/g, ''), fig.id).not.toMatch(/#[0-9a-f]{6}\b/i);
			expect(fig.body).toMatch(/<details class="roadmap-diagram__alt"><summary>Text version: /);
		}
	});

	it('gives every diagram one lasting address: its full-size page when it needs one, else a redirect to its page', () => {
		expect(all.length).toBeGreaterThan(90);
		let full = 0;
		for (const fig of all.filter((f) => !f.file.includes('/diagrams/'))) {
			const slug = diagramSlug(fig.id);
			const target = readFileSync(join(dist, 'diagrams', slug, 'index.html'), 'utf8');
			const page = `/${dirname(fig.file).slice(dist.length + 1)}/`.replace('//', '/');
			if (fig.body.includes('class="roadmap-diagram__full"')) {
				full++;
				expect(target, slug).not.toContain('http-equiv="refresh"');
				expect(target, slug).toContain(`data-diagram="${fig.id}"`);
			} else {
				expect(target, slug).toMatch(new RegExp(`<meta http-equiv="refresh" content="\\d+;url=${page.replace(/[/]/g, '\\/')}"`));
			}
		}
		expect(full).toBeGreaterThan(0);
	});

	it('places the diagrams the issue asks for on their pages', () => {
		// /phases/ shows HTML: one map per plan and the 90-day plan week by week (tests/build/maps.test.ts).
		expect(figures(html('phases'))).toEqual([]);
		// /roles/ groups the roles by tier as HTML (tests/build/maps.test.ts).
		expect(figures(html('roles'))).toEqual([]);
		expect(figures(html('guides/transfer-tables')).map((f) => f.id)).toEqual(['transition-map']);
		expect(figures(html('skills/rag-fundamentals')).map((f) => f.id)).toEqual(['skill-rag-fundamentals']);
		expect(figures(html('phases/days-1-30-llm-foundations')).map((f) => f.id)).toEqual(['phase-days-1-30-llm-foundations']);
		// A track opens on its HTML map (tests/build/maps.test.ts), not on a diagram.
		expect(figures(html('tracks/applied-ai-engineer'))).toEqual([]);
	});

	it('renders the ```mermaid fence of the RAG note, with links and text version, and no code block left', () => {
		const note = html('notes/rag-pipeline-anatomy');
		const [fence] = figures(note);
		expect(fence?.id).toMatch(/^fence-content\/docs\/notes\/rag-pipeline-anatomy\.mdx:\d+$/);
		expect(fence?.body).toContain('aria-label="Diagram: Ingest, Chunk, Embed, Index and 5 more"');
		expect(fence?.body).toContain('<li>Ingest<ul><li>to Chunk</li></ul></li>');
		expect(note).not.toContain('flowchart LR');
		// The SVG is raw HTML: no Markdown typography inside it (smart quotes would break its CSS).
		expect(fence?.body).not.toMatch(/[“”–]/);
	});

	it('links each diagram node to a page that was built, as a named list item of the node list', () => {
		const nodes = all.flatMap((f) => [...f.body.matchAll(/<g role="listitem"><a href="([^"]+)" aria-label="([^"]+)">/g)].map((m) => ({ id: f.id, href: m[1]!, name: m[2]! })));
		const hrefs = new Set(nodes.map((n) => n.href));
		expect(hrefs.size).toBeGreaterThan(90);
		for (const href of hrefs) expect(() => statSync(join(dist, href, 'index.html')), href).not.toThrow();
		// Every overlay link sits in the list, and every figure with a picture of pages has one list.
		for (const fig of all) {
			const links = fig.body.match(/<svg class="roadmap-diagram__links"[\s\S]*?<\/svg>/)?.[0] ?? '';
			expect((links.match(/<a /g) ?? []).length, fig.id).toBe((links.match(/<g role="listitem"><a /g) ?? []).length);
			if (links) expect(links, fig.id).toMatch(/^<svg class="roadmap-diagram__links"[^>]* role="list" aria-label="Pages in the diagram: /);
		}
	});

	it('leaves no <p> inside a label span (invalid HTML), and links every too-wide diagram to its built full-size page', () => {
		for (const fig of all) expect(fig.body, fig.id).not.toMatch(/<span[^>]*><p>/);
		const full = all.flatMap((f) => [...f.body.matchAll(/<p class="roadmap-diagram__full"><a href="([^"]+)">/g)].map((m) => ({ id: f.id, href: m[1]!, file: f.file })));
		expect(full.length).toBeGreaterThan(5);
		for (const f of full) {
			const page = readFileSync(join(dist, f.href, 'index.html'), 'utf8');
			const [shown] = figures(page);
			expect(shown?.id, f.href).toBe(f.id);
			expect(shown?.body, f.href).toContain('class="roadmap-diagram__view roadmap-diagram__view--full" tabindex="0"');
		}
	});

	it('ships no mermaid JavaScript', () => {
		const scripts = files(dist).filter((f) => /\.(m?js)$/.test(f));
		for (const file of scripts) expect(readFileSync(file, 'utf8'), file).not.toMatch(/mermaid|flowchart-v2|securityLevel/);
		for (const file of pages) expect(readFileSync(file, 'utf8'), file).not.toMatch(/<script[^>]*mermaid/i);
	});
});

// Rendering needs a browser: skipped with the printed reason where none exists (a CI run requires one).
describe.skipIf(!chromiumPath)('prerenderDiagrams', () => {
	const temp = mkdtempSync(join(tmpdir(), 'roadmap-diagrams-'));
	afterAll(() => rmSync(temp, { recursive: true, force: true }));
	const write = (file: string, text: string) => {
		mkdirSync(dirname(join(temp, file)), { recursive: true });
		writeFileSync(join(temp, file), text);
	};
	const bad = ['---', 'title: x', '---', '', 'Text.', '', '```mermaid', 'flowchart LR', '  A --> ', '```', ''].join('\n');
	const site = (body: string) => {
		const pages = [
			page('skills/a.mdx', skill('skill-a')),
			page('phases/p.mdx', phase('phase-a', ['skill-a'])),
			page('tracks/t.mdx', track('track-a', ['phase-a'])),
			page('roles/r.mdx', role('role-a')),
			page('notes/n.mdx', note('note-a', ['skill-a']), body),
		];
		for (const p of pages) write(p.file, p.file.endsWith('n.mdx') ? body : '');
		return checkFixture(pages).graph;
	};

	it('fails on invalid mermaid in a fence, naming the file, the line and mermaid’s parse message', async () => {
		const error = await prerenderDiagrams(temp, site(bad)).catch((e: Error) => e);
		expect(String(error)).toMatch(/content\/docs\/notes\/n\.mdx:7\n  invalid mermaid diagram: Parse error on line \d+:/);
		expect(String(error)).toContain('Found 1 invalid diagram.');
	});

	it('renders once, then never again; without a browser, fails with the fix unless all is cached', async () => {
		const graph = site(bad.replace('A --> ', 'A --> B'));
		const cold = await prerenderDiagrams(temp, graph);
		expect(cold.rendered).toBeGreaterThan(0);
		expect(cold.rendered + cold.cached).toBe(cold.renders);
		const warm = await prerenderDiagrams(temp, graph, { CHROME_PATH: '/nowhere/chrome' });
		expect(warm).toMatchObject({ cached: cold.renders, rendered: 0 });
		const changed = site(bad.replace('A --> ', 'A --> C'));
		await expect(prerenderDiagrams(temp, changed, { CHROME_PATH: '/nowhere/chrome' })).rejects.toThrow(/no Chromium found, and 1 of \d+ diagrams are new or changed[\s\S]*\n  fix: run `npm run diagrams`/);
	});

	it('in dev without a browser, gives the page a one-line notice naming the fix instead of failing', async () => {
		const saved = process.env.CHROME_PATH;
		process.env.CHROME_PATH = '/nowhere/chrome';
		try {
			const result = await lookupDiagram(temp, 'flowchart LR\n  never --> cached', { origin: 'test' });
			expect(result).toEqual({ ok: false, notice: 'Diagram not drawn: it is new or changed and no Chromium was found. To fix: install Chromium or Google Chrome, or set CHROME_PATH to its executable, then rebuild or reload, or run `npm run diagrams` where one is.' });
		} finally {
			if (saved === undefined) delete process.env.CHROME_PATH;
			else process.env.CHROME_PATH = saved;
		}
	});
});
