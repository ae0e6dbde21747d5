import type { EntryNode, RoadmapGraph } from '../graph/model.ts';
import { mermaidLabel } from './escape.ts';
import { flowchart, nodeLines, wrapRows } from './flowchart.ts';
import { entryAlt, entryNode, sourceName } from './nodes.ts';
import type { DiagramSpec } from './types.ts';

const tierTitles = ['Tier 1: shortest move from backend', 'Tier 2: a moderate move', 'Tier 3: the longest move', 'Not ranked by any source'] as const;

/** What the sources say about one role, each claim with its source. */
function claims(graph: RoadmapGraph, role: EntryNode<'role'>): string[] {
	const share = role.data.share;
	return [
		...(share ? [`about ${share.percent}% of openings (${sourceName(graph.sources.get(share.source.source))})`] : []),
		...role.data.tiers.map((t) => `tier ${t.tier} (${sourceName(graph.sources.get(t.source.source))})`),
	];
}

/**
 * The role spectrum: roles in rows by transition tier (the easiest tier any source gives), most
 * openings first within a column. Shares and tiers are the sources' claims and name their source.
 */
export function roleSpectrumDiagram(graph: RoadmapGraph): DiagramSpec {
	const roles = [...graph.entries.role.values()];
	const tierOf = (r: EntryNode<'role'>) => (r.data.tiers.length ? Math.min(...r.data.tiers.map((t) => t.tier)) : 4);
	const columns = tierTitles
		.map((title, i) => ({ title, id: `tier_${i + 1}`, roles: roles.filter((r) => tierOf(r) === i + 1).sort((a, b) => (b.data.share?.percent ?? -1) - (a.data.share?.percent ?? -1) || a.title.localeCompare(b.title)) }))
		.filter((c) => c.roles.length > 0);
	const firsts: string[] = [];
	const body = columns.flatMap((c) => {
		const nodes = c.roles.map((r) => entryNode(r, { label: [r.title, ...claims(graph, r)] }));
		return [
			`subgraph ${c.id}["${mermaidLabel(c.title)}"]`,
			// Roles side by side, the tiers stacked down the column instead of running across it.
			...nodes.flatMap((n) => nodeLines(n)),
			...wrapRows(nodes.map((n) => n.id), { perRow: 2 }),
			'end',
		];
	});
	// Each tier's first role sits under the previous tier's: tiers stack down the column, roles side by side.
	for (const c of columns) firsts.push(entryNode(c.roles[0]!).id);
	if (firsts.length > 1) body.push(`  ${firsts.join(' ~~~ ')}`);
	const alt = columns.map((c) => ({ label: c.title, children: c.roles.map((r) => entryAlt(r, { note: claims(graph, r).join('; ') || undefined })) }));
	return { id: 'role-spectrum', title: 'The role spectrum: roles by transition tier and share of openings, as the sources estimate them', source: flowchart('TB', body), alt };
}
