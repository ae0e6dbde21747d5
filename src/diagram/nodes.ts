import { windowLabel } from '../graph/labels.ts';
import type { EntryKind, EntryNode, RoadmapGraph } from '../graph/model.ts';
import type { Source } from '../schemas/data.ts';
import { nodeId } from './escape.ts';
import type { FlowNode } from './flowchart.ts';
import type { AltItem } from './types.ts';

const prefix: Record<EntryKind, string> = { skill: 's', phase: 'p', track: 't', role: 'r', note: 'n', project: 'j' };

/** The flowchart node for an entry: its title, its page, and for a phase its time window first. */
export function entryNode(entry: EntryNode, extra: Partial<FlowNode> = {}): FlowNode {
	const label = entry.kind === 'phase' ? [windowLabel((entry as EntryNode<'phase'>).data.window), entry.title] : entry.title;
	return { id: nodeId(prefix[entry.kind], entry.id), label, href: entry.href, ...extra };
}

/** The text-alternative item for an entry. */
export const entryAlt = (entry: EntryNode, extra: Partial<AltItem> = {}): AltItem => ({
	label: entry.title,
	href: entry.href,
	note: entry.kind === 'phase' ? windowLabel((entry as EntryNode<'phase'>).data.window) : undefined,
	...extra,
});

/** Looks entries up by id, dropping ids that do not resolve (the content check reports those). */
export function resolve<K extends EntryKind>(graph: RoadmapGraph, kind: K, ids: readonly string[]): EntryNode<K>[] {
	const byId = graph.entries[kind] as Map<string, EntryNode<K>>;
	return ids.flatMap((id) => byId.get(id) ?? []);
}

/** How a diagram names a source: the author's surname, else the publisher, else the title. */
export const sourceName = (source: Source | undefined): string =>
	source ? (source.author?.split(' ').at(-1) ?? source.publisher ?? source.title) : 'unknown source';
