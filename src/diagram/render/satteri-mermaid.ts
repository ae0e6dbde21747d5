import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { fenceTitle, normalizeSource } from '../fences.ts';
import { figureHtml } from '../figure-html.ts';
import { lookupDiagram } from './lookup-fs.ts';

/**
 * A Sätteri (Astro's default Markdown processor) plugin: each ```mermaid fence becomes the same inline
 * SVG figure as a generated diagram. In a build the plugin in src/plugin.ts has already rendered every
 * fence, and failed on invalid ones with file, line and mermaid's message, so this only reads the cache.
 */
export function satteriMermaid(root: string, base = '/'): MdastPluginDefinition {
	return {
		name: 'roadmap-mermaid',
		options: { position: true },
		async code(node, ctx) {
			if (node.lang !== 'mermaid') return undefined;
			const file = ctx.fileURL ? relative(root, fileURLToPath(ctx.fileURL)).replaceAll('\\', '/') : 'a Markdown file';
			const source = normalizeSource(node.value);
			const origin = `${file}:${node.position?.start.line ?? '?'}`;
			const result = await lookupDiagram(root, source, { origin, fence: true });
			const alt = (result.ok && result.render.alt) || source.split('\n').map((line) => ({ label: line.trim() }));
			const title = fenceTitle(source, result.ok ? (result.render.alt ?? []).map((a) => a.label) : []);
			const html = figureHtml({ id: `fence-${origin}`, title, render: result.ok ? result.render : undefined, alt, notice: result.ok ? undefined : result.notice, base });
			// An html node, not a raw string: raw strings are re-parsed as Markdown, typography and all.
			return { type: 'html', value: html };
		},
	};
}
