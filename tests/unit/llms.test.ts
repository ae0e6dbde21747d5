import { describe, expect, it } from 'vitest';
import { bodyMarkdown, llmsFull, llmsIndex, llmsSmall } from '../../src/export/llms.ts';
import { diagramFixture, hostileTitle } from './diagram-fixture.ts';

const { graph } = diagramFixture();
const site = { site: 'https://example.org/', base: '/roadmap/', title: 'Demo roadmap', description: 'A demo.' };
const skillA = graph.entries.skill.get('skill-a')!;

describe('llms.txt files from the graph', () => {
	it('indexes every entry with its absolute URL under the base path, and links the other two files', () => {
		const text = llmsIndex(graph, site);
		expect(text.startsWith('# Demo roadmap\n\n> A demo.\n')).toBe(true);
		for (const kind of Object.values(graph.entries)) for (const e of kind.values()) expect(text).toContain(`](https://example.org/roadmap${e.href})`);
		expect(text).toContain('https://example.org/roadmap/llms-full.txt');
		expect(text).toContain('https://example.org/roadmap/llms-small.txt');
	});

	it('gives a skill in full: its frontmatter sections (proof, pitfalls, resources, sources) as well as its body', () => {
		const full = llmsFull(graph, site);
		const start = full.indexOf(`# Skill: ${skillA.title}`);
		const part = full.slice(start, full.indexOf('\n---\n', start));
		expect(start).toBeGreaterThan(0);
		expect(part).toContain(`Last reviewed: ${skillA.data.lastReviewed}`);
		expect(part).toContain(`Build: ${skillA.data.proof.artifact}`);
		for (const check of skillA.data.proof.checks) expect(part).toContain(`- ${check}`);
		for (const pitfall of skillA.data.pitfalls) expect(part).toContain(`- ${pitfall}`);
		for (const r of skillA.data.resources) expect(part).toContain(`](${r.url}) (${r.kind}, ${r.cost}, checked ${r.lastVerified})`);
		expect(part).toMatch(/## Sources\n\n- /);
	});

	it('has one section per entry, in the full and the short file, with the hostile title as plain text', () => {
		const entries = Object.values(graph.entries).reduce((n, m) => n + m.size, 0);
		for (const text of [llmsFull(graph, site), llmsSmall(graph, site)]) {
			expect(text.match(/^# (Track|Phase|Skill|Role|Note|Project): /gm)).toHaveLength(entries);
			expect(text).toContain(hostileTitle);
		}
		expect(llmsSmall(graph, site)).not.toContain('## Pitfalls');
	});

	it('turns an MDX body into Markdown: no imports, components point at the page, site links absolute', () => {
		const body = "import X from '../x.astro';\n\nSee [eval design](/skills/eval-design/#how) and [MDN](https://developer.mozilla.org/).\n\n<X kind=\"phase\" />\n";
		expect(bodyMarkdown(body, 'https://example.org/roadmap/p/', site)).toBe(
			"See [eval design](https://example.org/roadmap/skills/eval-design/#how) and [MDN](https://developer.mozilla.org/).\n\n(Generated from the roadmap's data on the page: https://example.org/roadmap/p/)",
		);
	});
});
