import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { categoryColumns } from '../../src/tables/category-columns.ts';
import { comparisonRows } from '../../src/tables/comparison-rows.ts';
import { transferRows } from '../../src/tables/transfer-rows.ts';
import { projectRoot } from '../support/fixture-site.ts';
import { checkFixture, page, phase, skill } from '../support/fixtures.ts';
import { diagramFixture } from './diagram-fixture.ts';

const { graph } = checkContent(projectRoot);

describe('transferRows', () => {
	it('has exactly the rows of transfers.yaml, ordered from "as is" to "skip"', () => {
		const rows = transferRows(graph);
		expect(rows.map((r) => r.id).sort()).toEqual(graph.data.transfers.map((t) => t.id).sort());
		const levels = rows.map((r) => ['as-is', 'adapt', 'new', 'skip'].indexOf(r.carryover));
		expect(levels).toEqual([...levels].sort((a, b) => a - b));
		for (const row of rows) expect(row.skill?.href).toBe(graph.entries.skill.get(graph.data.transfers.find((t) => t.id === row.id)!.skill)!.href);
	});
});

describe('transferRows on a fixture', () => {
	// Transfers x (skill-a, adapt) and y (skill-c, as is); track-a has phases one (skills a, b) and two (c),
	// track-b has phase-q (d) and phase-two (c).
	const { graph: small } = diagramFixture();

	it('orders rows from "as is" to "skip", whatever the file order', () => {
		expect(transferRows(small).map((r) => [r.id, r.carryover, r.carryoverLabel])).toEqual([
			['y', 'as-is', 'As is'],
			['x', 'adapt', 'Adapt'],
		]);
	});

	it('keeps, per track, the rows whose skill is on that track', () => {
		expect(transferRows(small, 'track-a').map((r) => r.id)).toEqual(['y', 'x']);
		expect(transferRows(small, 'track-b').map((r) => r.id)).toEqual(['y']);
		expect(transferRows(small, 'no-such-track')).toEqual([]);
	});

	it('links each row to its skill and cites its source by author', () => {
		const [y, x] = transferRows(small);
		expect(x!.skill).toEqual({ title: 'Skill skill-a', href: '/skills/a/' });
		expect(y!.skill).toEqual({ title: 'Skill skill-c', href: '/skills/c/' });
		expect(x!.source).toBe('Ada Lovelace');
	});
});

describe('categoryColumns on a fixture', () => {
	const { graph: small } = checkFixture([
		page('skills/a.mdx', skill('skill-a', { title: 'Zeta', category: 'carries-over' })),
		page('skills/b.mdx', skill('skill-b', { title: 'Beta', category: 'learn-new' })),
		page('skills/c.mdx', skill('skill-c', { title: 'Alpha', category: 'deepen-later' })),
		page('skills/d.mdx', skill('skill-d', { title: 'Delta', category: 'skip-for-now' })),
		page('skills/e.mdx', skill('skill-e', { title: 'Gamma', category: 'learn-new' })),
		page('phases/p.mdx', phase('phase-one', ['skill-a', 'skill-b', 'skill-c', 'skill-d', 'skill-e'])),
	]);

	it('puts each category in its column, by title, with deepen-later skills last and marked', () => {
		expect(categoryColumns(small).map((c) => [c.label, c.skills.map((s) => `${s.title}${s.later ? ' (later)' : ''}`)])).toEqual([
			['Carries over', ['Zeta']],
			['Learn new', ['Beta', 'Gamma', 'Alpha (later)']],
			['Skip for now', ['Delta']],
		]);
	});
});

describe('categoryColumns', () => {
	it('places every skill in exactly one of the three columns', () => {
		const columns = categoryColumns(graph);
		expect(columns.map((c) => c.label)).toEqual(['Carries over', 'Learn new', 'Skip for now']);
		const placed = columns.flatMap((c) => c.skills.map((s) => s.href));
		expect(placed.sort()).toEqual([...graph.entries.skill.values()].map((s) => s.href).sort());
	});
});

describe('comparisonRows', () => {
	it('renders every comparison row with its source', () => {
		const rows = comparisonRows(graph);
		expect(rows.map((r) => r.aspect)).toEqual(graph.data.comparison.map((c) => c.aspect));
		for (const row of rows) expect(row.source).not.toBe('');
	});
});
