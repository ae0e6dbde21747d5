// Issue 12: no diagram grows with the whole roadmap. Every generator runs on a synthetic graph of 3,000
// skills (a 200-skill phase, a skill that 300 others build on, a skill with 60 prerequisites, a plan
// of 60 skills) and must stay inside mermaid's limits and our readability budget; what a generator
// cannot bound is reported by the content check (diagram-over-budget) before any rendering.
import { describe, expect, it } from 'vitest';
import { siteDiagrams } from '../../src/diagram/all-diagrams.ts';
import { checkDiagramBudget } from '../../src/graph/check-diagram-budget.ts';
import { diagramSize, mermaidLimits, readabilityBudget } from '../../src/diagram/budget.ts';
import { phaseDiagram } from '../../src/diagram/phase.ts';
import { skillDiagram } from '../../src/diagram/skill.ts';
import { baseData, checkFixture, hoursPerWeek, page, phase, role, skill, track } from '../support/fixtures.ts';

// The plan name the synthetic graph splits its phases between (any second plan would do).
const sevenMonthPlan = 'seven-month-ml';

const SKILLS = 3000;
const id = (n: number) => `skill-${n}`;

/** Phase 1 holds 200 skills, the rest 20 each; skills 201-500 also build on skill 1; skill 3000 needs 60 earlier skills. */
function bigRoadmap() {
	const phases: number[][] = [Array.from({ length: 200 }, (_, i) => i + 1)];
	for (let n = 201; n <= SKILLS; n += 20) phases.push(Array.from({ length: Math.min(20, SKILLS - n + 1) }, (_, i) => n + i));
	const phaseOf = new Map(phases.flatMap((skills, p) => skills.map((n) => [n, p] as const)));
	const pages = [];
	for (let n = 1; n <= SKILLS; n++) {
		const pres = new Set<string>();
		if (phaseOf.get(n - 1) === phaseOf.get(n)) pres.add(id(n - 1));
		if (n > 200 && n <= 500) pres.add(id(1));
		if (n === SKILLS) for (let k = 1; k <= 60; k++) pres.add(id(k * 40));
		pages.push(page(`skills/${n}.mdx`, skill(id(n), { prerequisites: [...pres] })));
	}
	// Phases 1-3 (60 skills) form the seven-month plan: that timeline draws every skill of its plan.
	const seven = (p: number) => p >= 1 && p <= 3;
	phases.forEach((skills, p) =>
		pages.push(page(`phases/${p}.mdx`, phase(`phase-${p}`, skills.map(id), { plan: seven(p) ? sevenMonthPlan : 'plan-a', order: seven(p) ? p : p === 0 ? 1 : p - 2, window: { unit: 'day', from: p * 1000 + 1, to: p * 1000 + 1000 } }))),
	);
	for (let t = 0; t * 10 < phases.length; t++) pages.push(page(`tracks/${t}.mdx`, track(`track-${t}`, phases.slice(t * 10, t * 10 + 10).map((_, i) => `phase-${t * 10 + i}`))));
	pages.push(page('roles/a.mdx', role('role-a')));
	return checkFixture(pages, {
		...baseData,
		'plans.yaml': [...(baseData['plans.yaml'] as unknown[]), { id: sevenMonthPlan, title: 'Seven months', unit: 'day', summary: 's', hoursPerWeek, sources: [{ source: 'src-a' }] }],
	});
}

describe('every diagram on a graph of 3,000 skills', () => {
	const { graph, problems } = bigRoadmap();
	const diagrams = siteDiagrams(graph);

	it('builds the graph', () => {
		expect(graph.entries.skill.size).toBe(SKILLS);
		expect(diagrams.length).toBeGreaterThan(SKILLS);
	});

	it('stays inside mermaid limits and the readability budget, every one', () => {
		const over = diagrams
			.map((d) => ({ id: d.id, ...diagramSize(d.source) }))
			.filter((s) => s.nodes > readabilityBudget.maxNodes || s.edges > mermaidLimits.maxEdges || s.textSize > mermaidLimits.maxTextSize);
		expect(over).toEqual([]);
		expect(problems.filter((p) => p.code === 'diagram-over-budget')).toEqual([]);
	});

	it('pages a 200-skill phase: its first skills, then one node counting and linking to the rest; the text version lists all 200', () => {
		const d = phaseDiagram(graph, graph.entries.phase.get('phase-0')!);
		const size = diagramSize(d.source);
		expect(size.nodes).toBeLessThanOrEqual(readabilityBudget.maxNodes);
		expect(size.nodes).toBeGreaterThan(readabilityBudget.maxNodes - 5);
		const shown = size.nodes - 2; // the phase and the "more" node
		expect(d.source).toContain(`more_skills["${200 - shown} more skills: see the full list"]`);
		expect(d.source).toContain('click more_skills href "/phases/0/#skills-in-this-phase"');
		expect(d.alt[0]!.children).toHaveLength(200);
	});

	it('summarises a skill that 300 others build on, and one with 60 prerequisites', () => {
		const hub = skillDiagram(graph, graph.entries.skill.get(id(1))!);
		expect(diagramSize(hub.source).nodes).toBeLessThanOrEqual(readabilityBudget.maxNodes);
		expect(hub.source).toMatch(/more_after\["\d+ more skills it unlocks: see the full list"\]/);
		expect(hub.alt[0]!.children![1]!.children).toHaveLength(graph.unlocks.get(id(1))!.length);
		const needy = skillDiagram(graph, graph.entries.skill.get(id(SKILLS))!);
		expect(diagramSize(needy.source).nodes).toBeLessThanOrEqual(readabilityBudget.maxNodes);
		expect(needy.source).toMatch(/more_before\["\d+ more prerequisites: see the full list"\]/);
	});
});

describe('the diagram-over-budget rule', () => {
	it('reports, before rendering, a transition map of 46 skill groups in four parts', () => {
		const rows = Array.from({ length: 23 }, (_, i) => ({ id: `row-${i}`, backend: 'b', aiml: 'a', carryover: 'adapt', whatIsNew: 'n', skill: 'skill-a', backendGroup: `Backend group ${i}`, aimlGroup: `AI group ${i}`, source: { source: 'src-a' } }));
		const { problems } = checkFixture(
			[page('skills/a.mdx', skill('skill-a')), page('phases/p.mdx', phase('phase-p', ['skill-a'])), page('tracks/t.mdx', track('track-t', ['phase-p'])), page('roles/a.mdx', role('role-a'))],
			{ ...baseData, 'transfers.yaml': rows },
		);
		const found = problems.filter((p) => p.code === 'diagram-over-budget');
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ file: 'content/data/transfers.yaml', field: 'aimlGroup' });
		expect(found[0]!.message).toBe('the transition map (one node per backendGroup and per aimlGroup) would have 46 nodes, over the readability budget of 40');
		expect(found[0]!.hint).toMatch(/use fewer distinct backendGroup and aimlGroup names/);
	});

	it('reports mermaid text-size overflow with the numbers', () => {
		// Titles are capped at 80 characters by the schema, so real content cannot get here through titles; the
		// rule still guards the text size of every diagram, so the test lengthens titles after the check.
		const { graph, problems } = checkFixture([
			...Array.from({ length: 20 }, (_, i) => page(`skills/${i}.mdx`, skill(`skill-${i}`))),
			page('phases/p.mdx', phase('phase-p', Array.from({ length: 20 }, (_, i) => `skill-${i}`), { window: { unit: 'day', from: 1, to: 300 } })),
			page('tracks/t.mdx', track('track-t', ['phase-p'])),
			page('roles/a.mdx', role('role-a')),
		]);
		expect(problems).toEqual([]);
		const long = 'A very long skill title '.repeat(120);
		for (const [i, s] of [...graph.entries.skill.values()].entries()) s.title = `${long}${i}`;
		const dataFiles = { sources: 'content/data/sources.yaml', plans: 'content/data/plans.yaml', transfers: 'content/data/transfers.yaml', comparison: 'content/data/comparison.yaml', timeline: 'content/data/timeline.yaml', coverage: 'content/data/roadmap-sh-coverage.yaml' };
		const found = checkDiagramBudget(graph, dataFiles, () => 1).filter((p) => p.code === 'diagram-over-budget');
		expect(found.map((p) => [p.file, p.field])).toContainEqual(['content/docs/phases/p.mdx', 'skills']);
		expect(found.find((p) => p.file === 'content/docs/phases/p.mdx')!.message).toMatch(/^the diagram of phase "phase-p" would have [\d,]+ characters of mermaid source, over mermaid's limit of 50,000$/);
	});
});
