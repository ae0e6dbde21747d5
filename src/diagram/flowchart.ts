import { mermaidHref, mermaidLabel } from './escape.ts';

/**
 * Node shapes used by the generators: pages are boxes, the entry a diagram is about is a rounded box
 * with a thick border (class `focus`). Not mermaid's stadium: it draws that as a path of some 200
 * segments, 12 KB of one SVG, where a rounded box is one `<rect>`.
 */
const shapes = { box: ['[', ']'], round: ['(', ')'], note: ['[/', '/]'] } as const;

export interface FlowNode {
	id: string;
	label: string | readonly string[];
	href?: string | undefined;
	shape?: keyof typeof shapes;
	/** A class from {@link classDefs}. */
	cls?: keyof typeof classDefs | undefined;
}

/**
 * Classes shared by every flowchart. Only strokes and weights: fills and text colours come from the
 * theme, so each render keeps its tested contrast in light and dark alike.
 */
export const classDefs = {
	focus: 'stroke-width:3px',
	outside: 'stroke-dasharray:4 3',
	group: 'stroke-width:2px',
} as const;

/** The lines for one node: its declaration, its class and, for a page, its link. */
export function nodeLines(node: FlowNode, indent = '  '): string[] {
	const [open, close] = shapes[node.shape ?? 'box'];
	const lines = [`${indent}${node.id}${open}"${mermaidLabel(node.label)}"${close}`];
	if (node.cls) lines.push(`${indent}class ${node.id} ${node.cls}`);
	if (node.href) lines.push(`${indent}click ${node.id} href "${mermaidHref(node.href)}"`);
	return lines;
}

/** A complete flowchart: header, the class definitions it uses, then the body. */
export function flowchart(direction: 'LR' | 'TB', body: readonly string[]): string {
	const used = Object.entries(classDefs).filter(([name]) => body.some((line) => line.endsWith(` ${name}`)));
	return [`flowchart ${direction}`, ...used.map(([name, style]) => `  classDef ${name} ${style}`), ...body].join('\n');
}

/**
 * Invisible links that fold a row of sibling nodes into rows of `perRow`: node i + perRow sits one rank
 * below node i (or above it, `up`, for a row that leads into the node under it). A top-to-bottom diagram
 * then grows down, not sideways past the content column.
 */
export function wrapRows(ids: readonly string[], { perRow = 3, up = false } = {}): string[] {
	return ids.slice(perRow).map((id, i) => (up ? `  ${id} ~~~ ${ids[i]}` : `  ${ids[i]} ~~~ ${id}`));
}
