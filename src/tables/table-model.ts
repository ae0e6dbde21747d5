// The shape every generated table is rendered from (src/components/tables/DataTable.astro): generators
// in this folder produce rows, the component only lays them out.

/** A secondary line inside a cell, e.g. "Source: Sharma, the 90-day plan" or "Skill page: Evals in CI". */
export interface TableDetail {
	label: string;
	text: string;
	href?: string | undefined;
}

export interface TableCell {
	text: string;
	/** When set, the cell's text links here. */
	href?: string | undefined;
	details?: TableDetail[] | undefined;
}

export interface TableRow {
	/** Stable id of the data row (`data-row`), when the data has one. */
	id?: string | undefined;
	/** The row header: what the row is about. */
	header: string;
	cells: TableCell[];
}

/** A table ready to render: column labels (the first labels the row headers) and rows. */
export interface Table {
	columns: string[];
	rows: TableRow[];
}
