import { describe, expect, it } from 'vitest';
import { entryDiagram, namedDiagrams, siteDiagrams } from '../../src/diagram/all-diagrams.ts';
import { phaseDiagram } from '../../src/diagram/phase.ts';
import { skillDiagram } from '../../src/diagram/skill.ts';
import { transitionDiagram } from '../../src/diagram/transitions.ts';
import type { AltItem, DiagramSpec } from '../../src/diagram/types.ts';
import { wrapRows } from '../../src/diagram/flowchart.ts';
import { mermaidText } from '../../src/diagram/escape.ts';
import { checkFixture, page, phase, skill as skillPage } from '../support/fixtures.ts';
import { diagramFixture, hostileTitle } from './diagram-fixture.ts';

const { graph, problems } = diagramFixture();
const skill = (id: string) => graph.entries.skill.get(id)!;

/** Node ids declared in a flowchart, and the links of those with a `click ... href`. */
function parse(source: string) {
	const nodes = [...source.matchAll(/^\s*(\w+)(?:\(\[|\[\/|\[|\()"/gm)].map((m) => m[1]!);
	const links = new Map([...source.matchAll(/^\s*click (\w+) href "([^"]*)"$/gm)].map((m) => [m[1]!, m[2]!]));
	return { nodes, links };
}
const altHrefs = (items: readonly AltItem[]): string[] => items.flatMap((i) => [...(i.href ? [i.href] : []), ...altHrefs(i.children ?? [])]);
/** Entry nodes carry a one-letter kind prefix (s_, p_, t_, r_); these stand for pages. */
const pageNodes = (d: DiagramSpec) => parse(d.source).nodes.filter((id) => /^[sptr]_/.test(id));

describe('diagram fixture', () => {
	it('is valid content', () => expect(problems).toEqual([]));
	it('carries the hostile strings into the graph after the check', () => {
		expect(graph.entries.skill.get('skill-b')?.title).toBe(hostileTitle);
		expect(graph.data.timeline[0]?.artifact).toBe('Ship <it>');
	});
});

describe('skillDiagram', () => {
	it('draws prerequisites -> the skill -> what it unlocks, and the phase', () => {
		expect(skillDiagram(graph, skill('skill-a')).source).toMatchInlineSnapshot(`
			"flowchart TB
			  classDef focus stroke-width:3px
			  classDef outside stroke-dasharray:4 3
			  s_skill_a("Skill skill-a")
			  class s_skill_a focus
			  click s_skill_a href "/skills/a/"
			subgraph unlocks["Unlocks (2)"]
			  direction TB
			  s_skill_b["Evil #34;quote#34; #60;script#62;alert#40;1#41;#60;#47;script#62; #93;#41; --#62; x"]
			  click s_skill_b href "/skills/b/"
			  s_skill_d["Skill skill-d"]
			  click s_skill_d href "/skills/d/"
			end
			  s_skill_a --> unlocks
			  p_phase_one["Days 1–30<br>Phase phase-one"]
			  class p_phase_one outside
			  click p_phase_one href "/phases/p1/"
			  p_phase_one -.->|"phase"| s_skill_a"
		`);
	});

	it('names what it has not got in the text version', () => {
		const items = skillDiagram(graph, skill('skill-a')).alt[0]!.children!;
		expect(items.map((i) => [i.label, i.children?.map((c) => c.label)])).toEqual([
			['Learn first', ['nothing: no prerequisites']],
			['Unlocks', [hostileTitle, 'Skill skill-d']],
			['Part of the phase', ['Phase phase-one']],
		]);
	});
});

describe('every generator', () => {
	const all = siteDiagrams(graph);

	it('makes one diagram per phase and skill, plus the named transition map (tracks, plans, the weekly timeline and the roles are HTML)', () => {
		expect(all.map((d) => d.id)).toEqual([
			'transition-map',
			'phase-phase-one', 'phase-phase-two', 'phase-phase-q',
			'skill-skill-a', 'skill-skill-b', 'skill-skill-c', 'skill-skill-d',
		]);
	});

	it.each(all.map((d) => [d.id, d] as const))('%s links every node that stands for a page to that page', (_, d) => {
		const { links } = parse(d.source);
		const nodes = pageNodes(d);
		// The transition map's nodes are skill groups, not pages; its skills are linked in the text version.
		if (d.id !== 'transition-map') expect(nodes.length).toBeGreaterThan(0);
		for (const id of nodes) {
			expect(links.get(id), `node ${id}`).toBeDefined();
			expect(graph.byHref.has(links.get(id)!), `link ${links.get(id)}`).toBe(true);
		}
	});

	it('puts the hostile title, escaped, into the diagrams that show skill-b (so the loop below tests something)', () => {
		const escaped = mermaidText(hostileTitle);
		expect(escaped).toContain('#60;script#62;');
		const showing = all.filter((d) => d.source.includes(escaped)).map((d) => d.id);
		// skill-b's own diagram, its phase, and the diagrams of the skills it neighbours.
		expect(showing).toEqual(expect.arrayContaining(['phase-phase-one', 'skill-skill-a', 'skill-skill-b', 'skill-skill-c']));
	});

	it.each(all.map((d) => [d.id, d] as const))('%s keeps content labels inside their quotes', (_, d) => {
		expect(d.source).not.toContain('<script');
		expect(d.source).not.toContain(hostileTitle);
		// Every quoted label opens and closes on its own line: an escaped title adds no quote.
		for (const line of d.source.split('\n')) expect((line.match(/"/g) ?? []).length % 2, line).toBe(0);
	});

	it.each(all.map((d) => [d.id, d] as const))('%s offers the same page links in its text version', (_, d) => {
		const hrefs = new Set(altHrefs(d.alt));
		for (const href of parse(d.source).links.values()) expect(hrefs.has(href), href).toBe(true);
	});
});

describe('no node missing', () => {
	it('phase: all its skills, and outside prerequisites dashed', () => {
		const d = phaseDiagram(graph, graph.entries.phase.get('phase-two')!);
		expect(d.source).toContain('s_skill_c[');
		expect(d.source).toMatch(/class s_skill_b outside/);
		expect(d.source).toContain('s_skill_b -.-> s_skill_c');
	});

	it('transition map: one link per group pair, counted', () => {
		const d = transitionDiagram(graph);
		expect(d.source).toContain('b_0 -->|"1 #215; adapt"| a_0');
		expect(d.source).toContain('b_1 -->|"1 #215; as is"| a_0');
		expect(altHrefs(d.alt)).toEqual(['/skills/a/', '/skills/c/']);
	});

	it('entryDiagram: none for a role', () => {
		expect(entryDiagram(graph, graph.entries.role.get('role-a')!)).toBeUndefined();
		expect(entryDiagram(graph, graph.entries.track.get('track-a')!)).toBeUndefined();
		expect(Object.keys(namedDiagrams)).toHaveLength(1);
	});
});

describe('wrapRows', () => {
	it('folds siblings three to a row, downwards or upwards', () => {
		expect(wrapRows(['a', 'b', 'c', 'd', 'e'])).toEqual(['  a ~~~ d', '  b ~~~ e']);
		expect(wrapRows(['a', 'b', 'c', 'd'], { up: true })).toEqual(['  d ~~~ a']);
		expect(wrapRows(['a', 'b'])).toEqual([]);
	});

	it('keeps a phase with many first skills to two per rank', () => {
		const { graph: wide } = checkFixture([
			...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((x) => page(`skills/${x}.mdx`, skillPage(`skill-${x}`))),
			page('phases/p.mdx', phase('phase-p', ['skill-a', 'skill-b', 'skill-c', 'skill-d', 'skill-e', 'skill-f', 'skill-g'])),
		]);
		const source = phaseDiagram(wide, wide.entries.phase.get('phase-p')!).source;
		expect(source).toContain('s_skill_a ~~~ s_skill_c');
		expect(source).toContain('s_skill_e ~~~ s_skill_g');
		expect(source).not.toContain('s_skill_a ~~~ s_skill_d');
		// The phase heads only the first two starting skills: an edge to each would take a lane of its own.
		expect(source.match(/p_phase_p --> /g)).toHaveLength(2);
		expect(source).toContain('p_phase_p --> s_skill_a');
		expect(source).toContain('p_phase_p --> s_skill_b');
	});
});
