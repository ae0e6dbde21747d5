import { themeVariables, renderTheme } from './themes.ts';

/**
 * How a diagram fits its column. Labels are drawn at the theme's font size (15 px); the smallest label we
 * allow is 12 px, so a diagram may shrink to 12/15 of its natural size and no further.
 */
export const minLabelPx = 12;
export const labelPx = Number.parseFloat(String(themeVariables[renderTheme].fontSize));
export const minScale = minLabelPx / labelPx;

/**
 * The narrowest column a diagram must fit without the full-size page: Starlight's content column on a
 * 390 px phone (390 less 2 x 16 px of page padding) less the diagram frame's padding and border (2 x 9 px).
 */
export const phoneColumnPx = 390 - 32 - 18;

/** Whether a diagram of this natural width cannot fit a phone's column with labels of 12 px or more. */
export const needsFullSize = (render: { width: number }): boolean => Math.ceil(render.width * minScale) > phoneColumnPx;

/** The URL segment of a diagram's full-size page: `skill-rag-fundamentals`, `fence-notes-rag-pipeline-anatomy-1` (the file's first mermaid fence). */
export const diagramSlug = (id: string): string =>
	id
		.replace(/^fence-content\/docs\//, 'fence-')
		.replace(/\.mdx?:(\d+)$/, '-$1')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** The full-size page of a diagram. */
export const fullSizeHref = (id: string): string => `/diagrams/${diagramSlug(id)}/`;

/** Page titles are at most 80 characters (src/schemas/docs.ts); a long diagram title is cut at a word, with an ellipsis. */
export const MAX_PAGE_TITLE = 80;

/** The title of a diagram's full-size page: "Diagram: <title>", within {@link MAX_PAGE_TITLE}. Pure. */
export function fullSizePageTitle(title: string): string {
	const full = `Diagram: ${title}`;
	if (full.length <= MAX_PAGE_TITLE) return full;
	const cut = full.slice(0, MAX_PAGE_TITLE - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,:;–-]+$/, '')}…`;
}
