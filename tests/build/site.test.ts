// Reads the built site in dist/ and checks what a reader gets: every entry has a page, the structured
// fields are on it, relations are links, and pages stay light.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { builtPages, readPage } from '../support/dist.ts';
import { projectRoot } from '../support/fixture-site.ts';
import { initialJsBytes } from '../support/js-weight.ts';
import { readLock } from '../../src/links/lock-fs.ts';
import { staleEntries } from '../../src/links/lock.ts';
import { readSiteMap } from '../../src/links/site-map-fs.ts';
import { skillsOfTrack } from '../../src/graph/build-graph.ts';
import { phaseTimeOf } from '../../src/graph/phase-time.ts';
import { dataSchemas, fieldReference, kindSchemas } from '../../src/schemas/reference.ts';
import { transferRows } from '../../src/tables/transfer-rows.ts';
import { coverageRoadmaps } from '../../src/tables/coverage-rows.ts';
import { distDir } from '../support/dist.ts';

const { graph } = checkContent(projectRoot);
const pages = builtPages();
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');
/** The page's own content: inside <main>, so Starlight's sidebar (which links every skill) cannot satisfy a check. */
const mainOf = (html: string) => {
	const start = html.indexOf('<main');
	expect(start, 'page has a <main>').toBeGreaterThan(0);
	const main = html.slice(start, html.indexOf('</main>', start));
	expect(main).not.toContain('aria-label="Main"'); // the sidebar's nav
	return main;
};
/** The links of one `<dt>label</dt><dd>…</dd>` pair of a facts box. */
const factLinks = (facts: string, label: string) => {
	const start = facts.indexOf(`<dt>${label}</dt>`);
	if (start < 0) return [];
	const dd = facts.slice(start, facts.indexOf('</dd>', start));
	return [...dd.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
};
const section = (html: string, id: string) => {
	const start = html.indexOf(`id="${id}"`);
	return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
};

describe('built pages', () => {
	it('builds one page per content file', () => {
		const files = readdirSync(join(projectRoot, 'content/docs'), { recursive: true }).filter((f) => /\.mdx?$/.test(String(f)));
		// Plus the pages injected from code rather than content: the A–Z index (src/a-z/) and one full-size page
		// per diagram too wide for a phone (/diagrams/<slug>/, tests/build/diagrams.test.ts).
		expect(pages.filter((p) => p !== '/a-z/' && !p.startsWith('/diagrams/')).length).toBe(files.length);
		expect(pages).toContain('/a-z/');
		expect(pages.filter((p) => p.startsWith('/diagrams/')).length).toBeGreaterThan(0);
		for (const kind of Object.values(graph.entries)) for (const entry of kind.values()) expect(pages).toContain(entry.href);
	});

	it('ends every page with its "Last reviewed" date, the one in its frontmatter for entries', () => {
		const reviewed = /<p>Last reviewed: <time datetime="(\d{4}-\d{2}-\d{2})T00:00:00\.000Z">/;
		expect(pages.length).toBeGreaterThan(150);
		for (const path of pages) expect(readPage(path), path).toMatch(reviewed);
		const entries = Object.values(graph.entries).flatMap((m) => [...m.values()]);
		for (const e of entries) expect(reviewed.exec(readPage(e.href))?.[1], e.href).toBe(e.data.lastReviewed);
		// Not Starlight's git-based "Last updated": nothing says that anywhere.
		for (const path of pages) expect(readPage(path), path).not.toContain('Last updated');
	});

	it('shows a skill with its facts, prerequisites, unlocks, proof, resources and sources', () => {
		const skill = graph.entries.skill.get('rag-fundamentals')!;
		const html = readPage(skill.href);
		const main = mainOf(html);
		const factsStart = main.indexOf('aria-label="Skill facts"');
		expect(factsStart).toBeGreaterThan(0);
		const factsHtml = main.slice(factsStart, main.indexOf('</aside>', factsStart));
		const facts = text(factsHtml);
		expect(facts).toContain(`${skill.data.effort.min}–${skill.data.effort.max} focused hours`);
		// The facts box itself links each prerequisite and each skill this one unlocks, and nothing else there.
		const unlocks = graph.unlocks.get(skill.id) ?? [];
		expect(skill.data.prerequisites.length).toBeGreaterThan(0);
		expect(unlocks.length).toBeGreaterThan(0);
		expect(factLinks(factsHtml, 'Learn first').sort()).toEqual(skill.data.prerequisites.map((pre) => graph.entries.skill.get(pre)!.href).sort());
		expect(factLinks(factsHtml, 'Unlocks').sort()).toEqual(unlocks.map((next) => graph.entries.skill.get(next)!.href).sort());
		for (const check of skill.data.proof.checks) expect(text(section(html, 'proof'))).toContain(text(check).trim());
		for (const resource of skill.data.resources) expect(section(html, 'resources')).toContain(`href="${resource.url}"`);
		for (const ref of skill.data.sources) expect(text(section(html, 'sources'))).toContain(graph.sources.get(ref.source)!.title);
	});

	it('lists computed backlinks under "Referenced by"', () => {
		const skill = graph.entries.skill.get('eval-design')!;
		const backlinks = graph.referencedBy.get('skill:eval-design') ?? [];
		expect(backlinks.length).toBeGreaterThan(2);
		const block = section(readPage(skill.href), 'referenced-by');
		for (const link of backlinks) expect(block).toContain(`href="${link.from.href}"`);
	});

	it('shows a role share only as a source claim', () => {
		const role = graph.entries.role.get('applied-ai-engineer')!;
		expect(role.data.share).toBeDefined();
		const facts = text(readPage(role.href));
		expect(facts).toContain(`About ${role.data.share!.percent}%, as ${graph.sources.get(role.data.share!.source.source)!.author} estimates it`);
	});

	it('builds the sidebar from the graph: plans, phases in order, each with its skills', () => {
		const html = readPage('/skills/'); // the splash home page has no sidebar
		const start = html.indexOf('aria-label="Main"');
		expect(start).toBeGreaterThan(0);
		const nav = html.slice(start, html.indexOf('</nav>', start));
		for (const plan of graph.data.plans) {
			const phases = graph.phasesOfPlan.get(plan.id)!.map((id) => graph.entries.phase.get(id)!);
			const positions = phases.map((p) => nav.indexOf(`href="${p.href}"`));
			expect(positions.every((p) => p > 0)).toBe(true);
			expect(positions).toEqual([...positions].sort((a, b) => a - b));
		}
		for (const skill of graph.entries.skill.values()) expect(nav).toContain(`href="${skill.href}"`);
	});

	it('has an index page per kind that links every entry', () => {
		const kinds = Object.entries(graph.entries);
		expect(kinds.length).toBe(6);
		for (const [kind, entries] of kinds) {
			expect(entries.size, `${kind} entries`).toBeGreaterThan(0);
			// Only the page's own content: the sidebar links every skill and phase on every page.
			const main = mainOf(readPage(`/${kind}s/`));
			for (const entry of entries.values()) expect(main, `/${kind}s/ lists ${entry.id}`).toContain(`href="${entry.href}"`);
		}
	});

	it('ships no more than a small budget of JavaScript before interaction, and no mermaid', () => {
		const weights = pages.map((path) => ({ path, ...initialJsBytes(readPage(path)) }));
		const heaviest = weights.reduce((a, b) => (b.bytes > a.bytes ? b : a));
		console.log(`initial JS per page: max ${heaviest.bytes} bytes (${heaviest.path}), files: ${heaviest.files.join(', ')}`);
		// /plan/ is the heaviest: Starlight's ~5.8 KB, our search loader (~2.3 KB, which fetches Pagefind's ~100 KB
		// only on first use), the plan island and the progress store's reader (v2 and v1). Measured 21,054 bytes.
		expect(heaviest.bytes).toBeLessThan(22_000);
		for (const w of weights) expect(w.files.filter((f) => /mermaid/i.test(f))).toEqual([]);
	});

	it('gives every element id once per page, so no anchor is ambiguous', () => {
		const duplicated = pages.flatMap((path) => {
			const ids = [...readPage(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
			return ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${path}#${id}`);
		});
		expect(duplicated).toEqual([]);
	});

	it('puts every table in a frame: a labelled, focusable scroll region or a generated table that stacks', () => {
		const loose = pages.flatMap((path) => {
			const html = readPage(path);
			return [...html.matchAll(/<table\b/g)]
				.map((m) => html.slice(Math.max(0, m.index - 200), m.index))
				.filter((before) => !/<div class="roadmap-md-table" role="region" tabindex="0" aria-label="Table[^"]*">\s*$/.test(before) && !/<div class="roadmap-table-wrap">\s*$/.test(before))
				.map(() => path);
		});
		expect(loose).toEqual([]);
	});

	it('shows every phase its summed effort next to its window, hours a week and budget', () => {
		for (const phase of graph.entries.phase.values()) {
			const t = phaseTimeOf(graph, phase.id)!;
			const html = readPage(phase.href);
			const facts = text(html.slice(html.indexOf('aria-label="Phase facts"'), html.indexOf('</aside>', html.indexOf('aria-label="Phase facts"'))));
			const weeks = `${t.weeks} week${t.weeks === 1 ? '' : 's'}`;
			expect(facts).toContain(`Time Effort: ${t.effort.min}–${t.effort.max} focused hours · Window: ${weeks} at ${t.hoursPerWeek} h/week = ${t.budget} h`);
		}
	});

	it('offers progress tracking on skill, phase and track pages only, hidden until its script runs', () => {
		for (const skill of graph.entries.skill.values()) {
			const control = /<fieldset class="roadmap-progress roadmap-progress--skill" data-progress hidden>[\s\S]*?<\/fieldset>/.exec(readPage(skill.href))?.[0] ?? '';
			expect(control).toContain('<legend>Your progress on this skill</legend>');
			expect([...control.matchAll(/<input type="radio" name="progress-([^"]+)" value(?:="([^"]*)")? data-progress-skill="([^"]+)">/g)].map((m) => [m[1], m[2] ?? '', m[3]])).toEqual(
				['', 'in-progress', 'done', 'skipped'].map((state) => [skill.id, state, skill.id]),
			);
		}
		const counted = (html: string) => /data-progress-of="([^"]*)" hidden>/.exec(html)?.[1]?.split(' ');
		for (const phase of graph.entries.phase.values()) expect(counted(readPage(phase.href))).toEqual(phase.data.skills);
		for (const track of graph.entries.track.values()) expect(counted(readPage(track.href))).toEqual(skillsOfTrack(graph, track.id));
		for (const path of ['/', '/guides/disagreements/', '/notes/build-first/', '/roles/ml-engineer/']) expect(readPage(path)).not.toContain('ProgressScript');
	});

	it('publishes a field reference with every field of every kind and data file', () => {
		const html = readPage('/contributing/fields/');
		const tables = [...Object.entries(kindSchemas).map(([kind, schema]) => [`fields-${kind}`, schema] as const), ...dataSchemas.map(({ file, schema }) => [`fields-${file}`, schema] as const)];
		for (const [name, schema] of tables) {
			const start = html.indexOf(`data-table="${name}"`);
			const table = text(html.slice(start, html.indexOf('</table>', start)));
			for (const row of fieldReference(schema)) expect(table, `${name} ${row.path}`).toContain(`${row.path} ${row.type} ${row.presence} ${row.description}`);
		}
	});

	it('renders the transfer tables row for row from the data', () => {
		const html = readPage('/guides/transfer-tables/');
		const rendered = [...html.matchAll(/<tr[^>]* data-row="([^"]+)"/g)].map((m) => m[1]);
		expect(rendered).toEqual(transferRows(graph).map((r) => r.id));
		// Each row carries its data: backend skill, equivalent, carry-over level, what is new, skill link, source.
		for (const row of transferRows(graph)) {
			const start = html.indexOf(`data-row="${row.id}"`);
			const cells = text(html.slice(start, html.indexOf('</tr>', start)));
			for (const value of [row.backend, row.aiml, row.carryoverLabel, row.whatIsNew, row.source, row.skill!.title]) expect(cells, row.id).toContain(value);
			expect(html.slice(start, html.indexOf('</tr>', start))).toContain(`href="${row.skill!.href}"`);
		}
		for (const track of graph.entries.track.values()) {
			const rows = [...readPage(track.href).matchAll(/<tr[^>]* data-row="([^"]+)"/g)].map((m) => m[1]);
			expect(rows).toEqual(transferRows(graph, track.id).map((r) => r.id));
		}
	});

	it('renders the roadmap.sh coverage guide from the data: totals per roadmap, and every node with its link or reason', () => {
		const html = readPage('/guides/roadmap-sh-coverage/');
		const roadmaps = coverageRoadmaps(graph);
		expect(roadmaps.map((r) => r.id)).toEqual(['ai-engineer', 'ai-agents', 'mlops', 'ai-red-teaming']);
		const totals = html.slice(html.indexOf('data-table="coverage-totals"'), html.indexOf('</table>', html.indexOf('data-table="coverage-totals"')));
		for (const r of roadmaps) {
			expect(text(totals)).toContain(`${r.title} ${r.totals.nodes} Inventoried: ${r.inventoried} ${r.totals.covered} (${r.totals.percent}%)`);
			const start = html.indexOf(`data-table="coverage-${r.id}"`);
			const table = html.slice(start, html.indexOf('</table>', start));
			expect(table).toContain(`data-rows="${r.rows.length}"`);
			for (const row of r.rows) {
				if (row.outOfScope) expect(text(table)).toContain(`${row.topic} Out of scope (our call) ${row.outOfScope}`);
				for (const link of row.links) expect(table, `${r.id} ${row.topic}`).toContain(`href="${link.href}"`);
			}
		}
		// A covered section is linked with its anchor, and the anchor exists on the target page.
		expect(html).toContain('href="/skills/agent-loops/#loop-patterns-and-how-to-test-them"');
		expect(readPage('/skills/agent-loops/')).toContain('id="loop-patterns-and-how-to-test-them"');
	});

	it('has a committed link lock that covers every page and heading (run npm run links:update if not)', () => {
		expect(staleEntries(readLock(projectRoot), readSiteMap(distDir))).toEqual([]);
	});

	it('publishes a short link for every entry', () => {
		for (const kind of Object.values(graph.entries)) {
			for (const entry of kind.values()) expect(readPage(`/s/${entry.id}/`)).toContain(`url=${entry.href}`);
		}
	});
});
