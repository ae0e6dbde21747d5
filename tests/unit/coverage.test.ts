// The roadmap.sh coverage inventory (content/data/roadmap-sh-coverage.yaml): its rows and totals, and the
// four graph rules, through the real YAML parser, schema and graph. Each rule test fails with the rule removed
// (checked by disabling checkCoverage in src/graph/check-graph.ts).
import { describe, expect, it } from 'vitest';
import { coverageNodeTable, coverageRoadmaps, coverageTotals, coverageTotalsTable } from '../../src/tables/coverage-rows.ts';
import { baseData, checkFixture, note, page, skill, validSite } from '../support/fixtures.ts';

const roadmap = (nodes: unknown[], extra: Record<string, unknown> = {}) => ({
	id: 'demo', title: 'Demo', url: 'https://roadmap.sh/demo', inventoried: '2026-12-07', basis: 'Made up for a test.', nodeCount: nodes.length, nodes, ...extra,
});
const site = () => [
	...validSite().filter((p) => !p.file.endsWith('skills/a.mdx')),
	page('skills/a.mdx', skill('skill-a'), '## Loop shapes\n\nText.\n\n## Loop shapes\n\nAgain.'),
];
const withCoverage = (data: unknown[]) => checkFixture(site(), { ...baseData, 'roadmap-sh-coverage.yaml': data });
const codes = (problems: { code: string; field: string }[]) => problems.map((p) => `${p.code} ${p.field}`);

describe('the coverage rules', () => {
	it('accept a valid inventory, and an absent file', () => {
		const ok = withCoverage([roadmap([
			{ topic: 'A', slugs: ['a'], covered: ['skill-a#loop-shapes', 'skill-a#loop-shapes-1', 'skill-a#pitfalls'] },
			{ topic: 'Forums', slugs: ['forums'], outOfScope: 'A community list.' },
		])]);
		expect(ok.problems).toEqual([]);
		expect(checkFixture(site()).problems).toEqual([]);
		expect(checkFixture(site()).graph.data.coverage).toEqual([]);
	});

	it('report a covered id that is neither a skill nor a note, with a suggestion', () => {
		const { problems } = withCoverage([roadmap([{ topic: 'A', slugs: ['a'], covered: ['skill-b', 'skil-a'] }])]);
		expect(codes(problems)).toEqual(['coverage-unknown-page [0].nodes[0].covered[1]']);
		expect(problems[0]!.hint).toMatch(/^Did you mean "skill-a"\?/);
	});

	it('accept a note as the covering page', () => {
		const notes = checkFixture([...site(), page('notes/n.mdx', note('note-n', ['skill-a']))], { ...baseData, 'roadmap-sh-coverage.yaml': [roadmap([{ topic: 'A', slugs: ['a'], covered: ['note-n'] }])] });
		expect(notes.problems).toEqual([]);
	});

	it('report an anchor that is not a heading of the page, listing the ones it has', () => {
		const { problems } = withCoverage([roadmap([{ topic: 'A', slugs: ['a'], covered: ['skill-a#loop-shape'] }])]);
		expect(codes(problems)).toEqual(['coverage-unknown-anchor [0].nodes[0].covered[0]']);
		expect(problems[0]!.message).toBe('/skills/a/ has no heading with the anchor #loop-shape');
		expect(problems[0]!.hint).toContain('#loop-shapes, #loop-shapes-1, #proof');
	});

	it('report a node listed twice, by a shared file name or by the same topic in another case', () => {
		const { problems } = withCoverage([roadmap([
			{ topic: 'A', slugs: ['a'], covered: ['skill-a'] },
			{ topic: 'B', slugs: ['b', 'a'], covered: ['skill-b'] },
			{ topic: 'a', slugs: ['c'], covered: ['skill-b'] },
		])]);
		expect(codes(problems)).toEqual(['coverage-duplicate-node [0].nodes[1].slugs', 'coverage-duplicate-node [0].nodes[2].topic']);
	});

	it('keep nodes of different roadmaps apart', () => {
		const node = { topic: 'A', slugs: ['a'], covered: ['skill-a'] };
		expect(withCoverage([roadmap([node]), roadmap([node], { id: 'other' })]).problems).toEqual([]);
	});

	it('report a declared count that differs from the list, and a roadmap id used twice', () => {
		const { problems } = withCoverage([roadmap([{ topic: 'A', slugs: ['a'], covered: ['skill-a'] }], { nodeCount: 2 }), roadmap([{ topic: 'A', slugs: ['a'], covered: ['skill-a'] }])]);
		expect(codes(problems)).toEqual(['duplicate-id [1].id', 'coverage-count-mismatch [0].nodeCount']);
		expect(problems[1]!.message).toBe('roadmap "demo" declares 2 nodes but lists 1');
	});

	it('reject a node that is both covered and out of scope, or neither (schema)', () => {
		const both = withCoverage([roadmap([{ topic: 'A', slugs: ['a'], covered: ['skill-a'], outOfScope: 'x' }])]);
		const neither = withCoverage([roadmap([{ topic: 'A', slugs: ['a'] }])]);
		expect(codes(both.problems)).toEqual(['invalid-value [0].nodes[0]']);
		expect(codes(neither.problems)).toEqual(['invalid-value [0].nodes[0]']);
	});
});

describe('coverage rows and totals', () => {
	const { graph } = withCoverage([
		roadmap([
			{ topic: 'Loops', slugs: ['loops'], covered: ['skill-a#loop-shapes', 'skill-b'] },
			{ topic: 'Pitfalls', slugs: ['p'], covered: ['skill-a#pitfalls'] },
			{ topic: 'Forums', slugs: ['forums'], outOfScope: 'A community list.' },
		]),
	]);
	const [view] = coverageRoadmaps(graph);

	it('link each covered node to its page, or its section with the heading text', () => {
		expect(view!.rows.map((r) => r.links)).toEqual([
			[{ title: 'Skill skill-a: Loop shapes', href: '/skills/a/#loop-shapes' }, { title: 'Skill skill-b', href: '/skills/b/' }],
			[{ title: 'Skill skill-a: Pitfalls', href: '/skills/a/#pitfalls' }],
			[],
		]);
	});

	it('count nodes, covered, out of scope and a rounded percentage', () => {
		expect(view!.totals).toEqual({ nodes: 3, covered: 2, outOfScope: 1, percent: 67 });
		expect(coverageTotals([])).toEqual({ nodes: 0, covered: 0, outOfScope: 0, percent: 0 });
	});

	it('write the totals table, one row per roadmap, linking to roadmap.sh', () => {
		const table = coverageTotalsTable([view!]);
		expect(table.columns).toEqual(['roadmap.sh roadmap', 'Nodes', 'Covered here', 'Out of scope (our call)']);
		expect(table.rows[0]).toEqual({
			id: 'demo', header: 'Demo',
			cells: [
				{ text: '3', details: [{ label: 'Inventoried', text: '2026-12-07' }] },
				{ text: '2 (67%)', details: [{ label: 'Node list', text: 'roadmap.sh/demo', href: 'https://roadmap.sh/demo' }] },
				{ text: '1' },
			],
		});
	});

	it('write one row per node: the first page links from the cell, the others follow, out of scope says why', () => {
		const table = coverageNodeTable(view!);
		expect(table.rows[0]).toEqual({ header: 'Loops', cells: [{ text: 'Covered' }, { text: 'Skill skill-a: Loop shapes', href: '/skills/a/#loop-shapes', details: [{ label: 'Also', text: 'Skill skill-b', href: '/skills/b/' }] }] });
		expect(table.rows[2]).toEqual({ header: 'Forums', cells: [{ text: 'Out of scope (our call)' }, { text: 'A community list.' }] });
	});

	it('is empty without the data file', () => expect(coverageRoadmaps(checkFixture(site()).graph)).toEqual([]));
});
