import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Text } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { parseGlossary, termFinder, type GlossaryTerm, type TermFinder } from '../glossary/terms.ts';
import { withBase } from './url.ts';

/** The glossary page, whose bold-labelled list items define the terms (src/glossary/terms.ts). */
export const glossaryFile = 'content/docs/guides/glossary.mdx';
const glossaryPath = '/guides/glossary/';

/** Text inside these is never linked: links, code, headings, pictures and controls. */
const untouched = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'svg', 'summary', 'button', 'script', 'style']);

interface Site {
	terms: GlossaryTerm[];
	byLabel: Map<string, string>;
	find: TermFinder;
	/** The site path of the file being processed, e.g. `/skills/fine-tuning/`. */
	page?: string;
	isGlossary?: boolean;
}

function readSite(root: string): Site {
	const file = join(root, glossaryFile);
	const terms = existsSync(file) ? parseGlossary(readFileSync(file, 'utf8')) : [];
	return { terms, byLabel: new Map(terms.map((t) => [t.label, t.anchor])), find: termFinder(terms) };
}

/** The site path a file under content/docs/ is published at: skills/x.mdx -> /skills/x/, guides/index.mdx -> /guides/. */
const pageOf = (file: string): string => `/${file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}/`.replace('//', '/');

/**
 * A Sätteri hast plugin: the first use of each glossary term on a page links to its entry on the glossary,
 * and the glossary's entries get the ids those links point at (the slug of the bold label). Only authored
 * Markdown is touched, never headings, links, code or diagrams; the glossary links nothing on itself.
 * Without a glossary page it does nothing. The link check verifies every link it adds.
 */
export function satteriGlossary(base: string): HastPluginDefinition {
	// The site being built is the one the content file belongs to (a fixture site borrows this config), so the
	// glossary is looked up next to each file's content/docs/, once per site.
	const sites = new Map<string, Site>();
	// Asked for every text node, and a file's nodes come together: the last file's answer is kept.
	let last: { href: string; site: Site | undefined } | undefined;
	const siteOf = (url: URL | undefined): Site | undefined => {
		if (!url) return undefined;
		if (last?.href !== url.href) last = { href: url.href, site: fileSite(url) };
		return last.site;
	};
	const fileSite = (url: URL): Site | undefined => {
		const path = fileURLToPath(url).replaceAll('\\', '/');
		const at = path.lastIndexOf('/content/docs/');
		if (at < 0) return undefined;
		const root = path.slice(0, at);
		if (!sites.has(root)) sites.set(root, readSite(root));
		return { ...sites.get(root)!, page: pageOf(path.slice(at + '/content/docs/'.length)), isGlossary: path === `${root}/${glossaryFile}` };
	};
	const done = new WeakMap<object, Set<string>>();
	return {
		name: 'roadmap-glossary',
		element: {
			filter: ['li'],
			visit(node, ctx) {
				const site = siteOf(ctx.fileURL);
				if (!site?.isGlossary) return;
				const first = node.children.find((c): c is Element => c.type === 'element');
				const strong = first?.tagName === 'p' ? first.children.find((c): c is Element => c.type === 'element') : first;
				if (strong?.tagName !== 'strong') return;
				const anchor = site.byLabel.get(ctx.textContent(strong as never).trim().replace(/\.$/, ''));
				if (anchor) ctx.setProperty(node, 'id', anchor);
			},
		},
		text(node: Readonly<Text>, ctx) {
			const site = siteOf(ctx.fileURL);
			if (!site || site.terms.length === 0 || site.isGlossary) return;
			// Most texts name no term: say so before asking for their ancestors, each a call into Sätteri.
			if (!site.find.mentions(node.value)) return;
			type Ancestor = { type: string; tagName?: string };
			for (let p: Ancestor | undefined = ctx.parent(node); p; p = ctx.parent(p as never) as Ancestor | undefined) {
				if (p.type === 'element' && untouched.has(p.tagName ?? '')) return;
				if (p.type !== 'element' && p.type !== 'root') return; // inside an MDX component
			}
			let linked = done.get(ctx.data);
			if (!linked) {
				// A term is not linked on the page that teaches it (the glossary entry links there).
				linked = new Set(site.terms.filter((t) => t.home !== undefined && t.home === site.page).map((t) => t.anchor));
				done.set(ctx.data, linked);
			}
			const matches = site.find(node.value, linked);
			if (matches.length === 0) return;
			const parts: ElementContent[] = [];
			let at = 0;
			for (const m of matches) {
				if (m.start > at) parts.push({ type: 'text', value: node.value.slice(at, m.start) });
				parts.push({ type: 'element', tagName: 'a', properties: { href: withBase(`${glossaryPath}#${m.term.anchor}`, base), className: ['roadmap-term'] }, children: [{ type: 'text', value: node.value.slice(m.start, m.end) }] });
				at = m.end;
			}
			if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
			ctx.replaceNode(node, parts);
		},
	};
}
