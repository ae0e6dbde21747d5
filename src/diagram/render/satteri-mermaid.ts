import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { fenceId, fenceOrdinal, fenceTitle, normalizeSource } from '../fences.ts';
import { figureHtml } from '../figure-html.ts';
import { lookupDiagram } from './lookup-fs.ts';

/**
 * A Sätteri (Astro's default Markdown processor) plugin: each ```mermaid fence becomes the same inline
 * SVG figure as a generated diagram. In a build the plugin in src/plugin.ts has already rendered every
 * fence, and failed on invalid ones with file, line and mermaid's message, so this only reads the cache.
 *
 * It is a factory, asked once per file: a file whose text never says `mermaid` has no such fence, and
 * compiles without the plugin. Its visitor is async and reads positions, which costs every file that
 * runs it (1.5% of an 82-skill build, where one content file of 158 has a fence; issue 12).
 */
export function satteriMermaid(root: string, base = '/'): (file: Pick<PluginFactoryContext, 'source'>) => MdastPluginDefinition | null {
	const plugin = mermaidFences(root, base);
	return ({ source }) => (source.includes('mermaid') ? plugin : null);
}

function mermaidFences(root: string, base: string): MdastPluginDefinition {
	return {
		name: 'roadmap-mermaid',
		options: { position: true },
		async code(node, ctx) {
			if (node.lang !== 'mermaid') return undefined;
			const file = ctx.fileURL ? relative(root, fileURLToPath(ctx.fileURL)).replaceAll('\\', '/') : 'a Markdown file';
			const source = normalizeSource(node.value);
			const line = node.position?.start.line;
			const origin = `${file}:${line ?? '?'}`;
			// The figure's id (and its full-size URL) counts fences, so it survives lines added above it.
			const n = ctx.fileURL && line ? fenceOrdinal(readFileSync(ctx.fileURL, 'utf8'), line) : 0;
			const result = await lookupDiagram(root, source, { origin, fence: true });
			const alt = (result.ok && result.render.alt) || source.split('\n').map((line) => ({ label: line.trim() }));
			const title = fenceTitle(source, result.ok ? (result.render.alt ?? []).map((a) => a.label) : []);
			const html = figureHtml({ id: n > 0 ? fenceId(file, n) : `fence-${origin}`, title, render: result.ok ? result.render : undefined, alt, notice: result.ok ? undefined : result.notice, base });
			// An html node, not a raw string: raw strings are re-parsed as Markdown, typography and all.
			return { type: 'html', value: html };
		},
	};
}
