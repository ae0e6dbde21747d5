import type { AltItem } from '../types.ts';

/** A page link found on a rendered node, with its box in the SVG's own coordinates. */
export interface NodeLink {
	href: string;
	label: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** What one render produces and the cache stores: the SVG without its links, and the links apart. */
export interface Rendered {
	/** The `<svg>` element, links unwrapped so it can sit inside `role="img"`. */
	svg: string;
	width: number;
	height: number;
	links: NodeLink[];
	/** A text alternative read from the parsed diagram (flowcharts only), for author-written fences. */
	alt?: AltItem[] | undefined;
}

/** One diagram to render in one theme. */
export interface RenderJob {
	key: string;
	/** DOM id of the SVG; also prefixes mermaid's internal ids, so it must be unique on a page. */
	domId: string;
	source: string;
	config: object;
	/** Read a text alternative from the parsed diagram (author-written fences have no other). */
	withAlt?: boolean | undefined;
}

export type RenderOutcome = { key: string; ok: true; rendered: Rendered } | { key: string; ok: false; error: string };
