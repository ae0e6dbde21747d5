import type { DiagramSpec } from './types.ts';

/**
 * Mermaid's own limits, read from the installed mermaid 12 (node_modules/mermaid/dist): a flowchart throws
 * "Edge limit exceeded" when it adds an edge while already holding `maxEdges` (default 500, so 499 is the
 * most that renders), and refuses a source longer than `maxTextSize` (default 50,000 characters).
 */
export const mermaidLimits = { maxEdges: 499, maxTextSize: 50_000 } as const;

/**
 * Our readability budget (our choice): past 40 nodes a diagram no longer reads at a glance in a 632 px
 * column, even laid out vertically. A generator must bound, split or summarise below it.
 */
export const readabilityBudget = { maxNodes: 40 } as const;

/** What a diagram weighs: nodes, edges and the length of its mermaid source. */
export interface DiagramSize {
	nodes: number;
	edges: number;
	textSize: number;
}

const ARROW = /<?(?:-->|-\.->|==>|---|-\.-|===|--o|--x)/g;
const NODE = /^\s*([A-Za-z][\w-]*)\s*(?:\[|\(|\{|>)/;
const KEYWORDS = new Set(['flowchart', 'graph', 'subgraph', 'end', 'classDef', 'class', 'click', 'style', 'linkStyle', 'direction']);

/** Counts the nodes (declared ids, subgraphs excluded) and edges (arrows) of a generated flowchart source. Pure. */
export function diagramSize(source: string): DiagramSize {
	const nodes = new Set<string>();
	let edges = 0;
	for (const raw of source.split('\n')) {
		// Labels are quoted; arrows and brackets inside them are text, not structure.
		const line = raw.replace(/"[^"]*"/g, '""');
		const keyword = /^\s*(\w+)/.exec(line)?.[1];
		if (keyword && KEYWORDS.has(keyword)) continue;
		edges += line.match(ARROW)?.length ?? 0;
		const node = NODE.exec(line)?.[1];
		if (node) nodes.add(node);
	}
	return { nodes: nodes.size, edges, textSize: source.length };
}

/** What is over budget in one diagram, in words; empty when it is within every limit. */
export function overBudget(spec: DiagramSpec): string[] {
	const size = diagramSize(spec.source);
	const over: string[] = [];
	if (size.edges > mermaidLimits.maxEdges) over.push(`${size.edges} edges (mermaid draws at most ${mermaidLimits.maxEdges})`);
	if (size.textSize > mermaidLimits.maxTextSize) over.push(`${size.textSize.toLocaleString('en')} characters of mermaid source (mermaid accepts at most ${mermaidLimits.maxTextSize.toLocaleString('en')})`);
	if (size.nodes > readabilityBudget.maxNodes) over.push(`${size.nodes} nodes (the readability budget is ${readabilityBudget.maxNodes})`);
	return over;
}
