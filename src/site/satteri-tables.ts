import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { escapeHtml } from '../diagram/escape.ts';

const isElement = (node: ElementContent, tag: string): node is Element => node.type === 'element' && node.tagName === tag;

/**
 * A Sätteri hast plugin for tables written in Markdown: each is wrapped in a labelled, focusable
 * region that scrolls sideways on a narrow screen. Starlight lets the table itself scroll, which a
 * keyboard user cannot reach (axe: scrollable-region-focusable) and which needs no script to fix.
 * The region is named after the heading the table sits under, and its column headers, e.g.
 * "Table under “1. How long the switch takes”: Position, Source", so each name on a page is distinct.
 */
export function satteriTables(): (file: Pick<PluginFactoryContext, 'source'>) => HastPluginDefinition | null {
	// A factory, asked once per file: a Markdown table needs a row of pipes, and a file without one compiles
	// without this plugin's pass (most pages here; issue 12).
	const plugin = tableRegions();
	return ({ source }) => (source.includes('|') ? plugin : null);
}

function tableRegions(): HastPluginDefinition {
	return {
		name: 'roadmap-tables',
		element: {
			filter: ['table'],
			visit(node, ctx) {
				const head = node.children.find((c) => isElement(c, 'thead'));
				const row = head?.type === 'element' ? head.children.find((c) => isElement(c, 'tr')) : undefined;
				const columns = row?.type === 'element' ? row.children.filter((c) => isElement(c, 'th')).map((th) => ctx.textContent(th as never).trim()) : [];
				const siblings = ctx.parent(node)?.children ?? [];
				const heading = siblings
					.slice(0, ctx.indexOf(node) ?? 0)
					.reverse()
					.find((c): c is Element => c.type === 'element' && /^h[2-6]$/.test(c.tagName));
				const under = heading ? ` under “${ctx.textContent(heading as never).trim()}”` : '';
				const label = `Table${under}${columns.length ? `: ${columns.join(', ')}` : ''}`;
				ctx.wrapNode(node, { raw: `<div class="roadmap-md-table" role="region" tabindex="0" aria-label="${escapeHtml(label)}"></div>` });
			},
		},
	};
}
