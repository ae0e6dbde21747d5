import type { NodeLink, Rendered } from './render/rendered.ts';
import { withBase } from '../site/url.ts';
import { escapeHtml } from './escape.ts';
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
 * Page links over the picture, in the picture's coordinates. They live outside `role="img"` (an image
 * holds no links) and out of the tab order and the accessibility tree: keyboard and screen-reader users
 * get the same links in the text version, which follows.
 */
const overlay = (r: Rendered, links: readonly NodeLink[], base: string) =>
	`<svg class="roadmap-diagram__links" viewBox="0 0 ${r.width} ${r.height}" width="${r.width}" height="${r.height}" aria-hidden="true" focusable="false">${links
		.map((l) => `<a href="${escapeHtml(withBase(l.href, base))}" tabindex="-1"><title>${escapeHtml(l.label)}</title><rect x="${l.x}" y="${l.y}" width="${l.width}" height="${l.height}" rx="6"/></a>`)
		.join('')}</svg>`;

/** The viewBox of a render may not start at 0,0; shift the links into the overlay's frame. */
const shifted = (r: Rendered): NodeLink[] => {
	const [x = 0, y = 0] = /viewBox="([-\d.]+) ([-\d.]+)/.exec(r.svg)?.slice(1).map(Number) ?? [];
	return r.links.map((l) => ({ ...l, x: Math.round((l.x - x) * 10) / 10, y: Math.round((l.y - y) * 10) / 10 }));
};

const view = (title: string, r: Rendered, base: string) =>
	`<div class="roadmap-diagram__view" tabindex="0" role="group" aria-label="Scrollable diagram">` +
	`<div class="roadmap-diagram__frame" style="width:${r.width}px;height:${r.height}px">` +
	`<div class="roadmap-diagram__img" role="img" aria-label="${escapeHtml(title)}">${r.svg}</div>${overlay(r, shifted(r), base)}</div></div>`;

/** The whole figure: one SVG (its colours follow the theme through CSS variables), then the text version. */
export function figureHtml({ id, title, render, alt, notice, base = '/' }: FigureInput): string {
	const pictures = render ? view(title, render, base) : '';
	const why = notice ? `<p class="roadmap-diagram__notice">${escapeHtml(notice)}</p>` : '';
	return (
		`<figure class="roadmap-diagram" data-diagram="${escapeHtml(id)}">${pictures}${why}` +
		`<details class="roadmap-diagram__alt"${render ? '' : ' open'}><summary>Text version: ${escapeHtml(title)}</summary>${list(alt, base)}</details></figure>`
	);
}
