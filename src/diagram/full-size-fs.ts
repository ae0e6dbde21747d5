import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RoadmapGraph } from '../graph/model.ts';
import { entryDiagram, namedDiagramPages, namedDiagrams } from './all-diagrams.ts';
import { fenceId, findMermaidFences } from './fences.ts';
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

