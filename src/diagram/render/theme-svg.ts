import { canonical, colourVar } from './palette.ts';

/** Presentation attributes that carry a colour; they cannot hold var(), so they move into `style`. */
const COLOUR_ATTRS = ['fill', 'stroke', 'stop-color', 'flood-color', 'color'] as const;
const COLOUR = /#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)/g;

/** `#eef1fb` -> `var(--rmc-eef1fb, #eef1fb)`: the light colour stays the fallback. */
const themed = (text: string) => text.replace(COLOUR, (c) => `var(${colourVar(c)}, ${canonical(c)})`);

export interface ThemedSvg {
	/** The `<svg>` without its `<style>`, colours as custom properties, marked with its diagram type. */
	svg: string;
	/** Mermaid's style rules, scoped to the diagram type instead of the SVG's id, colours themed. */
	rules: string[];
	/** Light colours the SVG and its rules use. */
	colours: string[];
}

/** Splits a CSS text into top-level rules (blocks nested in @keyframes stay with their rule). */
export function splitRules(css: string): string[] {
	const rules: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < css.length; i++) {
		if (css[i] === '{') depth++;
		else if (css[i] === '}' && --depth === 0) {
			rules.push(css.slice(start, i + 1).trim());
			start = i + 1;
		}
	}
	return rules.filter(Boolean);
}

/**
 * One render, made theme-neutral: mermaid's per-diagram `<style>` (the same rules for every diagram
 * of a type, scoped by the SVG's id) leaves the SVG, scoped to `.rm-mmd--<type>` so all diagrams of a
 * type share one copy in `diagrams/mermaid.css`; every colour becomes a custom property.
 */
export function themeSvg(raw: string, domId: string, type: string): ThemedSvg {
	const safeType = type.replace(/[^a-z0-9-]/gi, '') || 'diagram';
	const scope = `.rm-mmd--${safeType}`;
	// The browser serialises the SVG's <style> text with its markup characters escaped (`>` as `&gt;`).
	const style = (/<style>([\s\S]*?)<\/style>/.exec(raw)?.[1] ?? '')
		.replace(/&gt;/g, '>')
		.replace(/&lt;/g, '<')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
	const idPattern = new RegExp(`#${domId.replace(/[-]/g, '\\-')}(?![\\w-])`, 'g');
	// Rules that still name this SVG's id (mermaid's "neo" look: gradients by id) do not apply to the
	// classic look we render, and would differ per diagram: they are dropped, not shared.
	const rules = splitRules(style)
		.map((rule) => rule.replace(idPattern, scope))
		.filter((rule) => !rule.includes(`#${domId}`))
		.map(paragraphSelectors)
		.map(themed);
	let svg = dropUnusedDefs(paragraphsToSpans(raw.replace(/<style>[\s\S]*?<\/style>/, '')));
	// Colour attributes into the style attribute (var() is valid there), then theme every colour.
	svg = svg.replace(/<([a-zA-Z][\w:-]*)(\s[^<>]*?)?(\/?)>/g, (tag, name: string, attrs = '', close: string) => {
		if (!attrs || !COLOUR.test(attrs)) return tag;
		COLOUR.lastIndex = 0;
		const moved: string[] = [];
		let rest = attrs.replace(new RegExp(`\\s(${COLOUR_ATTRS.join('|')})="([^"]*)"`, 'g'), (whole: string, attr: string, value: string) => {
			COLOUR.lastIndex = 0;
			if (!COLOUR.test(value)) return whole;
			COLOUR.lastIndex = 0;
			moved.push(`${attr}:${value}`);
			return '';
		});
		if (moved.length) {
			const existing = /\sstyle="([^"]*)"/.exec(rest);
			const merged = `${moved.join(';')}${existing?.[1] ? `;${existing[1]}` : ''}`;
			rest = existing ? rest.replace(existing[0], ` style="${merged}"`) : `${rest} style="${merged}"`;
		}
		return `<${name}${themed(rest)}${close}>`;
	});
	svg = svg.replace(/^<svg\b([^>]*?)\sclass="([^"]*)"/, (_m, before: string, cls: string) => `<svg${before} class="${cls} rm-mmd rm-mmd--${safeType}"`);
	if (!/^<svg\b[^>]*\bclass="/.test(svg)) svg = svg.replace(/^<svg\b/, `<svg class="rm-mmd rm-mmd--${safeType}"`);
	const colours = [...new Set([...(raw.match(COLOUR) ?? [])].map(canonical))].sort();
	return { svg, rules, colours };
}

/**
 * Mermaid's HTML labels wrap their text in `<p>` inside `<span class="nodeLabel">`, which HTML does not
 * allow (a span holds phrasing content only: the W3C checker reports one error per node). Each `<p>`
 * becomes `<span class="rm-p">`, displayed as a block by src/components/diagrams/diagrams.css, so labels
 * wrap exactly as before.
 */
export const paragraphsToSpans = (svg: string): string => svg.replace(/<p(?=[\s>])([^>]*)>/g, '<span class="rm-p"$1>').replace(/<\/p>/g, '</span>');

/** Mermaid's rules for `p` in labels, re-aimed at the spans that replace them ({@link paragraphsToSpans}). */
export function paragraphSelectors(rule: string): string {
	const open = rule.indexOf('{');
	if (open < 0 || rule.startsWith('@')) return rule;
	return rule.slice(0, open).replace(/(^|[\s,>+~])p(?=$|[\s,>+~:.[{])/g, '$1.rm-p') + rule.slice(open);
}

/**
 * Drops definitions nothing points at: mermaid defines a dozen arrow markers, gradients and shadow
 * filters in every SVG, and a diagram uses one or two of them.
 */
export function dropUnusedDefs(svg: string): string {
	const used = (id: string, without: string) => without.includes(`url(#${id})`) || without.includes(`url("#${id}")`) || without.includes(`href="#${id}"`);
	let out = svg;
	for (const tag of ['marker', 'linearGradient', 'radialGradient', 'filter']) {
		out = out.replace(new RegExp(`<${tag}\\b[^>]*\\bid="([^"]+)"[^>]*>[\\s\\S]*?</${tag}>`, 'g'), (whole, id: string) => (used(id, out.replace(whole, '')) ? whole : ''));
	}
	return out.replace(/<defs>\s*<\/defs>/g, '');
}

/** The shared stylesheet: every distinct rule once, in a stable order, then the dark theme's overrides. */
export function sharedStylesheet(ruleSets: Iterable<readonly string[]>, darkCss: string): string {
	const seen = new Set<string>();
	const rules: string[] = [];
	for (const set of ruleSets) for (const rule of set) if (!seen.has(rule)) (seen.add(rule), rules.push(rule));
	return (
		'/* Generated by the diagram renderer (src/diagram/render/): mermaid\'s rules, shared by every diagram of a type,\n' +
		'   and the dark theme\'s colours. Do not edit; `npm run diagrams` rewrites it. */\n' +
		rules.join('\n') +
		'\n' +
		darkCss
	);
}
