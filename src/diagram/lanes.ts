import type { EntryNode } from '../graph/model.ts';
import { mermaidLabel, nodeId } from './escape.ts';
import { nodeLines, type FlowNode } from './flowchart.ts';
import { entryNode } from './nodes.ts';

/** The id of the cluster that holds a phase's column. */
export const columnId = (phase: EntryNode<'phase'>) => nodeId('c', phase.id);

/**
 * A phase as a column: the phase node on top, its items stacked under it by invisible links. The
 * column is a cluster linked only as a whole, so mermaid keeps its top-to-bottom direction.
 */
export function phaseColumn(phase: EntryNode<'phase'>, items: readonly FlowNode[], extra: readonly string[] = []): string[] {
	const head = entryNode(phase, { cls: 'group' });
	head.label = [...(head.label as string[]), ...extra];
	const chain = [head, ...items].map((n) => n.id).join(' ~~~ ');
	return [
		`  subgraph ${columnId(phase)}[" "]`,
		'    direction TB',
		...[head, ...items].flatMap((n) => nodeLines(n, '    ')),
		...(items.length ? [`    ${chain}`] : []),
		'  end',
	];
}

/** A plan as a lane: its phase columns left to right, joined in order. */
export interface Column {
	phase: EntryNode<'phase'>;
	items: readonly FlowNode[];
	/** Extra lines under the phase's title. */
	head?: readonly string[];
}

export function lane(id: string, title: string, columns: readonly Column[], extra: readonly string[] = []): string[] {
	const links = columns.slice(1).map((c, i) => `  ${columnId(columns[i]!.phase)} --> ${columnId(c.phase)}`);
	return [`subgraph ${id}["${mermaidLabel(title)}"]`, '  direction LR', ...extra, ...columns.flatMap((c) => phaseColumn(c.phase, c.items, c.head)), ...links, 'end'];
}
