import type { EntryNode } from '../graph/model.ts';
import { mermaidLabel, nodeId } from './escape.ts';
import { nodeLines, wrapRows, type FlowNode } from './flowchart.ts';
import { entryNode } from './nodes.ts';

/** The id of the cluster that holds a phase's column. */
export const columnId = (phase: EntryNode<'phase'>) => nodeId('c', phase.id);

/**
 * A phase as a block: the phase node on top, its items under it in rows of `perRow`, held there by
 * invisible links. The block is a cluster linked only as a whole, so mermaid keeps its top-to-bottom direction.
 */
export function phaseColumn(phase: EntryNode<'phase'>, items: readonly FlowNode[], extra: readonly string[] = [], perRow = 2): string[] {
	const head = entryNode(phase, { cls: 'group' });
	head.label = [...(head.label as string[]), ...extra];
	const ids = items.map((n) => n.id);
	return [
		`  subgraph ${columnId(phase)}[" "]`,
		'    direction TB',
		...[head, ...items].flatMap((n) => nodeLines(n, '    ')),
		...ids.slice(0, perRow).map((id) => `    ${head.id} ~~~ ${id}`),
		...wrapRows(ids, { perRow }).map((line) => `  ${line}`),
		'  end',
	];
}

/** A plan as a lane: its phase blocks top to bottom, joined in order, so it grows down the column, not across it. */
export interface Column {
	phase: EntryNode<'phase'>;
	items: readonly FlowNode[];
	/** Extra lines under the phase's title. */
	head?: readonly string[];
}

export function lane(id: string, title: string, columns: readonly Column[], extra: readonly string[] = []): string[] {
	const links = columns.slice(1).map((c, i) => `  ${columnId(columns[i]!.phase)} --> ${columnId(c.phase)}`);
	return [`subgraph ${id}["${mermaidLabel(title)}"]`, '  direction TB', ...extra, ...columns.flatMap((c) => phaseColumn(c.phase, c.items, c.head)), ...links, 'end'];
}
