// roadmap.sh's AI roadmaps, node by node, against the pages of this roadmap (content/data/roadmap-sh-coverage.yaml):
// per roadmap the totals (nodes, covered, out of scope, share covered) and one row per node linking to
// the page, or the section of a page, that teaches it. Pure: the guide's components only lay it out.
import { coveragePage, splitTarget } from '../graph/check-coverage.ts';
import { bodyHeadings } from '../graph/check-headings.ts';
import type { EntryNode, RoadmapGraph } from '../graph/model.ts';
import { generatedSections } from '../site/sections.ts';
import type { Table } from './table-model.ts';

/** A page (or a section of one) that teaches a node. `href` is a site path, with `#anchor` for a section. */
export interface CoverageLink {
	title: string;
	href: string;
}

export interface CoverageNodeRow {
	topic: string;
	/** Where we teach it, in the order the data lists them; empty when the node is out of scope. */
	links: CoverageLink[];
	/** Why we leave it out (our call); undefined when covered. */
	outOfScope: string | undefined;
}

export interface CoverageTotals {
	nodes: number;
	covered: number;
	outOfScope: number;
	/** Share of nodes covered, a whole percent (0 when the roadmap lists no nodes). */
	percent: number;
}

export interface CoverageRoadmapView {
	id: string;
	title: string;
	url: string;
	inventoried: string;
	basis: string;
	rows: CoverageNodeRow[];
	totals: CoverageTotals;
}

/** The text of the heading an anchor names on a page, or the anchor itself if the page has no such heading. */
function headingText(entry: EntryNode, anchor: string): string {
	return (
		bodyHeadings(entry.body).find((h) => h.slug === anchor)?.text ??
		generatedSections[entry.kind].find((s) => s.slug === anchor)?.text ??
		anchor
	);
}

/** A covered target as a link: the page title, and the heading after a colon when it names a section. Unknown ids are dropped (the check reports them). */
export function coverageLink(graph: RoadmapGraph, target: string): CoverageLink | undefined {
	const { id, anchor } = splitTarget(target);
	const page = coveragePage(graph, id);
	if (!page) return undefined;
	return anchor === undefined
		? { title: page.title, href: page.href }
		: { title: `${page.title}: ${headingText(page, anchor)}`, href: `${page.href}#${anchor}` };
}

export function coverageTotals(rows: readonly CoverageNodeRow[]): CoverageTotals {
	const covered = rows.filter((row) => row.outOfScope === undefined).length;
	return {
		nodes: rows.length,
		covered,
		outOfScope: rows.length - covered,
		percent: rows.length === 0 ? 0 : Math.round((covered / rows.length) * 100),
	};
}

/** Every inventoried roadmap in file order, its nodes in file order; empty when the data file is absent. */
export function coverageRoadmaps(graph: RoadmapGraph): CoverageRoadmapView[] {
	return graph.data.coverage.map((roadmap) => {
		const rows = roadmap.nodes.map((node) => ({
			topic: node.topic,
			links: (node.covered ?? []).flatMap((target) => coverageLink(graph, target) ?? []),
			outOfScope: node.outOfScope,
		}));
		return {
			id: roadmap.id,
			title: roadmap.title,
			url: roadmap.url,
			inventoried: roadmap.inventoried,
			basis: roadmap.basis,
			rows,
			totals: coverageTotals(rows),
		};
	});
}

/** One row per roadmap: how many nodes, how many we cover, how many we leave out and why that is our call. */
export function coverageTotalsTable(roadmaps: readonly CoverageRoadmapView[]): Table {
	return {
		columns: ['roadmap.sh roadmap', 'Nodes', 'Covered here', 'Out of scope (our call)'],
		rows: roadmaps.map((r) => ({
			id: r.id,
			header: r.title,
			cells: [
				{ text: String(r.totals.nodes), details: [{ label: 'Inventoried', text: r.inventoried }] },
				{ text: `${r.totals.covered} (${r.totals.percent}%)`, details: [{ label: 'Node list', text: `roadmap.sh/${r.id}`, href: r.url }] },
				{ text: String(r.totals.outOfScope) },
			],
		})),
	};
}

/** One row per node: covered (first page linked from the cell, the others below it) or out of scope with our reason. */
export function coverageNodeTable(roadmap: CoverageRoadmapView): Table {
	return {
		columns: ['roadmap.sh node', 'Status', 'Where we teach it, or why not'],
		rows: roadmap.rows.map((row) => {
			if (row.outOfScope !== undefined) {
				return { header: row.topic, cells: [{ text: 'Out of scope (our call)' }, { text: row.outOfScope }] };
			}
			const [first, ...more] = row.links;
			return {
				header: row.topic,
				cells: [
					{ text: 'Covered' },
					{ text: first?.title ?? '', href: first?.href, details: more.map((link) => ({ label: 'Also', text: link.title, href: link.href })) },
				],
			};
		}),
	};
}
