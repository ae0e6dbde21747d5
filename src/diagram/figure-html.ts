import type { NodeLink, Rendered } from './render/rendered.ts';
import { withBase } from '../site/url.ts';
import { escapeHtml } from './escape.ts';
import { fullSizeHref, needsFullSize, minScale } from './fit.ts';
import type { AltItem } from './types.ts';

export interface FigureInput {
	id: string;
	title: string;
	/** The one render, themed by CSS; absent when the diagram could not be rendered. */
	render?: Rendered | undefined;
	alt: readonly AltItem[];
	/** One line saying why there is no picture and how to fix it. */
	notice?: string | undefined;
	/** The site's base path (`/repo/`): added to the page links here, so the render store stays base-free. */
	base?: string | undefined;
	/**
	 * `inline` (default): on its page, scaled down to fit the column but never below {@link minScale}, with a
	 * link to the full-size page when it cannot fit a phone that way. `full`: the full-size page itself,
	 * natural size in a region that scrolls both ways.
	 */
	mode?: 'inline' | 'full';
}

const list = (items: readonly AltItem[], base: string): string =>
	`<ul>${items
		.map((item) => {
			const label = item.href ? `<a href="${escapeHtml(withBase(item.href, base))}">${escapeHtml(item.label)}</a>` : escapeHtml(item.label);
			const note = item.note ? ` <span class="roadmap-muted">(${escapeHtml(item.note)})</span>` : '';
			return `<li>${label}${note}${item.children?.length ? list(item.children, base) : ''}</li>`;
		})
		.join('')}</ul>`;

/**
 * Node links in reading order: top to bottom, and left to right within a row (nodes whose tops lie within
 * half a node's height of each other share a row). Mermaid lists them in declaration order, which is not
 * where they are drawn. Pure.
 */
export function readingOrder(links: readonly NodeLink[]): NodeLink[] {
	const byTop = [...links].sort((a, b) => a.y - b.y || a.x - b.x);
	const rows: NodeLink[][] = [];
	for (const link of byTop) {
		const row = rows.at(-1);
		if (row && Math.abs(link.y - row[0]!.y) < Math.min(link.height, row[0]!.height) / 2) row.push(link);
		else rows.push([link]);
	}
	return rows.flatMap((row) => row.sort((a, b) => a.x - b.x));
}

/**
 * The picture's nodes as a list of links, over the picture and in its coordinates (tink.uk, "Accessible SVG
 * flowcharts"; W3C WAI, complex images): `role="list"`, one `listitem` per node, each link named by its
 * label, in reading order, each a tab stop with a visible focus ring (diagrams.css). The links stay outside
 * `role="img"`, which may hold no interactive content. The text version repeats them, but it is collapsed
 * by default, so a keyboard user meets each node once: here.
 */
const overlay = (title: string, r: Rendered, links: readonly NodeLink[], base: string) =>
	`<svg class="roadmap-diagram__links" viewBox="0 0 ${r.width} ${r.height}" width="${r.width}" height="${r.height}" role="list" aria-label="${escapeHtml(`Pages in the diagram: ${title}`)}">${readingOrder(links)
		.map((l) => `<g role="listitem"><a href="${escapeHtml(withBase(l.href, base))}" aria-label="${escapeHtml(l.label)}"><rect x="${l.x}" y="${l.y}" width="${l.width}" height="${l.height}" rx="6"/></a></g>`)
		.join('')}</svg>`;

/** The viewBox of a render may not start at 0,0; shift the links into the overlay's frame. */
const shifted = (r: Rendered): NodeLink[] => {
	const [x = 0, y = 0] = /viewBox="([-\d.]+) ([-\d.]+)/.exec(r.svg)?.slice(1).map(Number) ?? [];
	return r.links.map((l) => ({ ...l, x: Math.round((l.x - x) * 10) / 10, y: Math.round((l.y - y) * 10) / 10 }));
};

/**
 * The frame keeps the picture's aspect ratio and shrinks with its column, down to {@link minScale} of its
 * natural width (labels stay at 12 px or more); below that the view scrolls sideways.
 */
const frameStyle = (r: Rendered, mode: 'inline' | 'full') =>
	mode === 'full'
		? `width:${r.width}px;height:${r.height}px`
		: `width:${r.width}px;min-width:${Math.ceil(r.width * minScale)}px;aspect-ratio:${r.width}/${r.height}`;

const view = (title: string, r: Rendered, mode: 'inline' | 'full', base: string) => {
	const links = shifted(r);
	// A scroll region must be reachable by keyboard: through its links, or itself when it has none. The
	// full-size view is always a tab stop, so arrow keys pan it.
	const focus = mode === 'full' || links.length === 0 ? ' tabindex="0"' : '';
	const label = mode === 'full' ? 'Diagram at full size: scroll to pan' : 'Diagram';
	return (
		`<div class="roadmap-diagram__view roadmap-diagram__view--${mode}"${focus} role="group" aria-label="${label}">` +
		`<div class="roadmap-diagram__frame" style="${frameStyle(r, mode)}">` +
		`<div class="roadmap-diagram__img" role="img" aria-label="${escapeHtml(title)}">${r.svg}</div>${links.length ? overlay(title, r, links, base) : ''}</div></div>`
	);
};

/** The whole figure: one SVG (its colours follow the theme through CSS variables), then the text version. */
export function figureHtml({ id, title, render, alt, notice, mode = 'inline', base = '/' }: FigureInput): string {
	const pictures = render ? view(title, render, mode, base) : '';
	const full =
		render && mode === 'inline' && needsFullSize(render)
			? `<p class="roadmap-diagram__full"><a href="${escapeHtml(withBase(fullSizeHref(id), base))}">Open the diagram at full size<span class="sr-only">: ${escapeHtml(title)}</span></a></p>`
			: '';
	const why = notice ? `<p class="roadmap-diagram__notice">${escapeHtml(notice)}</p>` : '';
	return (
		`<figure class="roadmap-diagram" data-diagram="${escapeHtml(id)}">${pictures}${full}${why}` +
		`<details class="roadmap-diagram__alt"${render ? '' : ' open'}><summary>Text version: ${escapeHtml(title)}</summary>${list(alt, base)}</details></figure>`
	);
}
