/**
 * One SVG per diagram, themed by CSS. Every diagram is rendered once, in the light theme; each colour
 * in it becomes `var(--rmc-<name>, <light colour>)`, so the light theme needs no stylesheet at all, and
 * the dark theme only overrides the variables (`diagrams/mermaid.css`). The dark value of each light
 * colour comes from a calibration: one diagram rendered in both themes, colour tokens paired in order.
 */

/** Colour tokens as mermaid writes them: hex, rgb(a), hsl(a). */
const COLOUR = /#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)/g;

/** A colour in one canonical spelling, so `#FFF`, `#ffffff` and `rgb(255, 255, 255)` spell alike where they are alike textually. */
export const canonical = (colour: string) => colour.toLowerCase().replace(/\s+/g, '');

/** Every colour token of a text, in order. */
export const colourTokens = (text: string): string[] => (text.match(COLOUR) ?? []).map(canonical);

/** The CSS custom property for a light colour: readable for hex, a short stable hash otherwise. */
export function colourVar(colour: string): string {
	const c = canonical(colour);
	if (/^#[0-9a-f]+$/.test(c)) return `--rmc-${c.slice(1)}`;
	let h = 2166136261;
	for (let i = 0; i < c.length; i++) h = Math.imul(h ^ c.charCodeAt(i), 16777619);
	return `--rmc-${(h >>> 0).toString(36)}`;
}

/** Light colour (canonical) -> its dark counterpart (canonical). */
export type Palette = Record<string, string>;

export type Pairing = { ok: true; pairs: Palette } | { ok: false; message: string };

/**
 * Pairs the colours of one diagram's light and dark renders by position. The two renders share their
 * layout, so their colour tokens line up; a light colour met with two different dark colours means the
 * light palette uses one value for two roles, which CSS could not tell apart.
 */
export function pairColours(light: string, dark: string): Pairing {
	const a = colourTokens(light);
	const b = colourTokens(dark);
	if (a.length !== b.length) return { ok: false, message: `the light render has ${a.length} colours and the dark one ${b.length}; their layouts differ` };
	const pairs: Palette = {};
	for (let i = 0; i < a.length; i++) {
		const [l, d] = [a[i]!, b[i]!];
		if (pairs[l] !== undefined && pairs[l] !== d) {
			return { ok: false, message: `light colour ${l} stands for both ${pairs[l]} and ${d} in the dark theme: give each role of the light palette (src/diagram/themes.ts) its own value` };
		}
		pairs[l] = d;
	}
	return { ok: true, pairs };
}

/** Colours of a themed text that the palette has no dark value for. */
export function uncovered(lightColours: Iterable<string>, palette: Palette): string[] {
	return [...new Set(lightColours)].filter((c) => palette[c] === undefined).sort();
}

/** The dark theme's overrides, one declaration per colour the renders use whose dark value differs. */
export function darkThemeCss(used: Iterable<string>, palette: Palette): string {
	const lines = [...new Set(used)]
		.sort()
		.filter((c) => palette[c] !== undefined && palette[c] !== c)
		.map((c) => `\t${colourVar(c)}: ${palette[c]};`);
	return lines.length ? `:root[data-theme='dark'] {\n${lines.join('\n')}\n}\n` : '';
}
