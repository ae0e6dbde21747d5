import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RoadmapGraph } from '../graph/model.ts';
import { entryDiagram, namedDiagramPages, namedDiagrams } from './all-diagrams.ts';
import { fenceId, fenceTitle, findMermaidFences } from './fences.ts';
import { diagramSlug, needsFullSize } from './fit.ts';
import { lookupDiagram } from './render/lookup-fs.ts';
import type { Rendered } from './render/rendered.ts';
import type { AltItem } from './types.ts';

/** A diagram of the site as its full-size page needs it: what it is, where it comes from and which page shows it. */
export interface PlacedDiagram {
	id: string;
	/** Undefined for an author's fence: its name comes from its render (fenceTitle). */
	title: string | undefined;
	source: string;
	alt: AltItem[] | undefined;
	fence: boolean;
	/** The page the diagram sits on. */
	page: string;
}

/** Every diagram of the site with the page that shows it: named ones, each entry's own, then authors' fences. */
export function placedDiagrams(root: string, graph: RoadmapGraph): PlacedDiagram[] {
	const named = Object.entries(namedDiagrams).flatMap(([name, make]) => {
		const spec = make(graph);
		return spec ? [{ ...spec, fence: false, page: namedDiagramPages[name as keyof typeof namedDiagrams] }] : [];
	});
	const entries = Object.values(graph.entries).flatMap((m) => [...m.values()]);
	const perEntry = entries.flatMap((e) => {
		const spec = entryDiagram(graph, e);
		return spec ? [{ ...spec, fence: false, page: e.href }] : [];
	});
	const files = [...entries, ...graph.pages].map((p) => ({ file: p.file, href: p.href }));
	const fences = files.flatMap(({ file, href }) =>
		findMermaidFences(readFileSync(join(root, file), 'utf8')).map((f, i) => ({ id: fenceId(file, i + 1), title: undefined, source: f.source, alt: undefined, fence: true, page: href })),
	);
	return [...named, ...perEntry, ...fences];
}


/** A diagram's address, /diagrams/<slug>/: its full-size page, or (`fits`) a redirect to the page that shows it. */
export interface DiagramAddress {
	slug: string;
	id: string;
	title: string;
	alt: AltItem[];
	render: Rendered;
	page: string;
	/** True when the diagram fits a phone's column, so its address redirects to `page`. */
	fits: boolean;
}

/** Shared by every copy of this module in one process (plugins load it from src/, pages from Astro's chunks). */
const addressCache = ((globalThis as { __roadmapDiagramAddresses?: WeakMap<RoadmapGraph, Promise<DiagramAddress[]>> }).__roadmapDiagramAddresses ??= new WeakMap());

/**
 * Every diagram's address, one per slug, from the render store (a diagram with no render yet has none).
 * The full-size pages render the ones that do not fit; a build writes the others as redirect pages. Asked
 * for twice per build (the full-size route, then the build's end), and found once per content graph: the
 * dev server builds a new graph on each request, so it never sees an old answer.
 */
export function diagramAddresses(root: string, graph: RoadmapGraph): Promise<DiagramAddress[]> {
	let found = addressCache.get(graph);
	if (!found) addressCache.set(graph, (found = findDiagramAddresses(root, graph)));
	return found;
}

async function findDiagramAddresses(root: string, graph: RoadmapGraph): Promise<DiagramAddress[]> {
	const out: DiagramAddress[] = [];
	const seen = new Set<string>();
	for (const d of placedDiagrams(root, graph)) {
		const result = await lookupDiagram(root, d.source, { origin: d.id, fence: d.fence });
		if (!result.ok) continue;
		const slug = diagramSlug(d.id);
		if (seen.has(slug)) continue;
		seen.add(slug);
		const alt = d.alt ?? result.render.alt ?? d.source.split('\n').map((line) => ({ label: line.trim() }));
		const title = d.title ?? fenceTitle(d.source, (result.render.alt ?? []).map((a) => a.label));
		out.push({ slug, id: d.id, title, alt, render: result.render, page: d.page, fits: !needsFullSize(result.render) });
	}
	return out;
}
