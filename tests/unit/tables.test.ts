import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { tracksOfSkill } from '../../src/graph/build-graph.ts';
import { categoryColumns } from '../../src/tables/category-columns.ts';
import { comparisonRows } from '../../src/tables/comparison-rows.ts';
import { transferRows } from '../../src/tables/transfer-rows.ts';
import { projectRoot } from '../support/fixture-site.ts';

const { graph } = checkContent(projectRoot);

describe('transferRows', () => {
	it('has exactly the rows of transfers.yaml, ordered from "as is" to "skip"', () => {
		const rows = transferRows(graph);
		expect(rows.map((r) => r.id).sort()).toEqual(graph.data.transfers.map((t) => t.id).sort());
		const levels = rows.map((r) => ['as-is', 'adapt', 'new', 'skip'].indexOf(r.carryover));
		expect(levels).toEqual([...levels].sort((a, b) => a - b));
		for (const row of rows) expect(row.skill?.href).toBe(graph.entries.skill.get(graph.data.transfers.find((t) => t.id === row.id)!.skill)!.href);
	});

	it('keeps, per track, exactly the rows whose skill is on the track', () => {
		for (const track of graph.entries.track.keys()) {
			const expected = graph.data.transfers.filter((t) => tracksOfSkill(graph, t.skill).includes(track)).map((t) => t.id);
			expect(transferRows(graph, track).map((r) => r.id).sort()).toEqual(expected.sort());
		}
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
