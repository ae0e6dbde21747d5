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

/** What the browser returns for one render: mermaid's SVG with its links taken out, and the links apart. */
export interface RawRender {
	/** The `<svg>` element, links unwrapped so it can sit inside `role="img"`, mermaid's `<style>` still inside. */
	svg: string;
	/** Mermaid's diagram type (`flowchart-v2`, `timeline`, ...), which scopes its shared style rules. */
	type: string;
	width: number;
	height: number;
	links: NodeLink[];
	/** A text alternative read from the parsed diagram (flowcharts only), for author-written fences. */
	alt?: AltItem[] | undefined;
}

/** What the render store keeps for one diagram: one theme-neutral SVG (src/diagram/render/theme-svg.ts). */
export interface Rendered {
	/** Without `<style>`; every colour is `var(--rmc-…, <light colour>)`. */
	svg: string;
	type: string;
	/** The style rules it needs, by hash: `diagrams/styles/<style>.css`, shared by diagrams alike. */
	style: string;
	/** Light colours it uses; each needs a dark value in `diagrams/palette.json`. */
	colours: string[];
	width: number;
	height: number;
	links: NodeLink[];
	alt?: AltItem[] | undefined;
}

/** One diagram to render. */
export interface RenderJob {
	key: string;
	/** DOM id of the SVG; also prefixes mermaid's internal ids, so it must be unique on a page. */
	domId: string;
	source: string;
	config: object;
	/** Read a text alternative from the parsed diagram (author-written fences have no other). */
	withAlt?: boolean | undefined;
}

export type RenderOutcome = { key: string; ok: true; rendered: RawRender } | { key: string; ok: false; error: string };
