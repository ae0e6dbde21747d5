import type { RoadmapGraph } from '../graph/model.ts';
import { citation, type Ref } from './transfer-rows.ts';
import type { Table } from './table-model.ts';

/** One row of the tutorial-app vs production-ready comparison. */
export interface ComparisonTableRow {
	aspect: string;
	tutorial: string;
	production: string;
	skill: Ref | undefined;
	source: string;
}

/** The rows of content/data/comparison.yaml, in file order, with their skill links resolved. */
export function comparisonRows(graph: RoadmapGraph): ComparisonTableRow[] {
	return graph.data.comparison.map((row) => {
		const skill = row.skill ? graph.entries.skill.get(row.skill) : undefined;
		return {
			aspect: row.aspect,
			tutorial: row.tutorial,
			production: row.production,
			skill: skill && { title: skill.title, href: skill.href },
			source: citation(graph, row.source),
		};
	});
}

/** The comparison as a three-column table; where to learn it and the source ride with the production cell. */
export function comparisonTable(rows: readonly ComparisonTableRow[]): Table {
	return {
		columns: ['Aspect', 'Tutorial app', 'Production-ready project'],
		rows: rows.map((row) => ({
			header: row.aspect,
			cells: [
				{ text: row.tutorial },
				{
					text: row.production,
					details: [...(row.skill ? [{ label: 'Learn it in', text: row.skill.title, href: row.skill.href }] : []), { label: 'Source', text: row.source }],
				},
			],
		})),
	};
}
