// The mermaid fence plugin is a factory (src/diagram/render/satteri-mermaid.ts): Sätteri asks it once per
// file, and a file that never says "mermaid" compiles without it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { satteriMermaid } from '../../src/diagram/render/satteri-mermaid.ts';
import { projectRoot } from '../support/fixture-site.ts';

describe('satteriMermaid', () => {
	it('leaves out of the pipeline a file whose text never says mermaid', () => {
		const factory = satteriMermaid(projectRoot);
		expect(factory({ source: '## Why\n\n```ts\nconst x = 1;\n```\n' })).toBeNull();
		expect(factory({ source: '## Why\n\n```mermaid\nflowchart LR\n  A --> B\n```\n' })?.name).toBe('roadmap-mermaid');
		// Indented in a list or quoted: still a fence for Markdown, and still a file that says mermaid.
		expect(factory({ source: '- Step\n\n  ~~~mermaid\n  flowchart LR\n  A --> B\n  ~~~\n' })).not.toBeNull();
		expect(factory({ source: '> ```mermaid\n> flowchart LR\n> ```\n' })).not.toBeNull();
	});

	it('is in the MDX pipeline of astro.config.mjs as a factory: a fence becomes a figure, a file without one compiles as before', async () => {
		const processor = config.markdown?.processor as unknown as {
			createMdxRenderer(shared: object, mdx: object): Promise<{ process(body: string, file: string, data: object): Promise<{ code: string }> }>;
		};
		// optimize as Starlight sets it for @astrojs/mdx: the figure is raw HTML, which the optimized output takes as is.
		const renderer = await processor.createMdxRenderer({ syntaxHighlight: false }, { optimize: true, srcDir: pathToFileURL(`${projectRoot}/`) });
		const file = join(projectRoot, 'content/docs/notes/rag-pipeline-anatomy.mdx');
		const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (block) => block.replace(/[^\n]/g, ''));
		const { code } = await renderer.process(body, file, {});
		expect(code).toContain('roadmap-diagram');
		expect(code).not.toContain('language-mermaid');
		const plain = await renderer.process('## Why\n\n```ts\nconst x = 1;\n```\n', join(projectRoot, 'content/docs/notes/x.mdx'), {});
		expect(plain.code).toContain('const x = 1;');
	});
});
