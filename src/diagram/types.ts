/** One item of a diagram's text alternative: a node, with what it leads to nested under it. */
export interface AltItem {
	label: string;
	/** The page the node stands for, if any. */
	href?: string | undefined;
	/** A short muted note after the label, e.g. a time window or a source. */
	note?: string | undefined;
	children?: AltItem[] | undefined;
}

/** A generated diagram: what the generators return and the renderer and components consume. */
export interface DiagramSpec {
	/** Stable id, unique across the site, e.g. `skill-rag-fundamentals`. */
	id: string;
	/** Accessible name and caption. */
	title: string;
	/** Mermaid source. */
	source: string;
	/** The same graph as a nested list, for the text alternative. */
	alt: AltItem[];
}
