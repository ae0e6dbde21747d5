import { tracksOfSkill } from '../graph/build-graph.ts';
import type { RoadmapGraph } from '../graph/model.ts';
import { carryovers, type Transfer } from '../schemas/data.ts';
import type { Table } from './table-model.ts';

/** A linkable thing in a table cell. */
export interface Ref {
	title: string;
	href: string;
}

/** One row of a skill-transfer table, ready to render. */
export interface TransferRow {
	id: string;
	backend: string;
	aiml: string;
	carryover: Transfer['carryover'];
	carryoverLabel: string;
	whatIsNew: string;
	skill: Ref | undefined;
	source: string;
}

export const carryoverLabel: Record<Transfer['carryover'], string> = {
	'as-is': 'As is',
	adapt: 'Adapt',
	new: 'New',
	skip: 'Skip for now',
};

/** How a source is cited in a table cell: short title, and the locator when given. */
export function citation(graph: RoadmapGraph, ref: { source: string; locator?: string | undefined }): string {
	const source = graph.sources.get(ref.source);
	const name = source ? (source.author ?? source.publisher ?? source.title) : ref.source;
	return ref.locator ? `${name}, ${ref.locator}` : name;
}

const order = (row: Transfer) => carryovers.indexOf(row.carryover);

/**
 * The transfer rows from content/data/transfers.yaml, optionally only those whose skill is on a track,
 * ordered from "carries over as is" to "skip", keeping file order within each level.
 */
export function transferRows(graph: RoadmapGraph, track?: string): TransferRow[] {
	return graph.data.transfers
		.filter((row) => !track || tracksOfSkill(graph, row.skill).includes(track))
		.map((row, i) => ({ row, i }))
		.sort((a, b) => order(a.row) - order(b.row) || a.i - b.i)
		.map(({ row }) => {
			const skill = graph.entries.skill.get(row.skill);
			return {
				id: row.id,
				backend: row.backend,
				aiml: row.aiml,
				carryover: row.carryover,
				carryoverLabel: carryoverLabel[row.carryover],
				whatIsNew: row.whatIsNew,
				skill: skill && { title: skill.title, href: skill.href },
				source: citation(graph, row.source),
			};
		});
}

/**
 * The transfer rows as a four-column table: the skill page rides with the AI/ML equivalent and the source
 * with what is new, so the table fits Starlight's content column without sideways scrolling.
 */
export function transferTable(rows: readonly TransferRow[]): Table {
	return {
		columns: ['Backend skill', 'AI/ML equivalent', 'Carries over', 'What is new'],
		rows: rows.map((row) => ({
			id: row.id,
			header: row.backend,
			cells: [
				{ text: row.aiml, details: row.skill && [{ label: 'Skill page', text: row.skill.title, href: row.skill.href }] },
				{ text: row.carryoverLabel },
				{ text: row.whatIsNew, details: [{ label: 'Source', text: row.source }] },
			],
		})),
	};
}
