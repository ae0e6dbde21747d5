// Astro's MDX plugin sees a content page with its frontmatter emptied (src/site/mdx-frontmatter.ts): it neither
// parses the YAML a second time nor exports it from the compiled module.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { contentPageId, mdxFrontmatterOnce, withoutFrontmatter } from '../../src/site/mdx-frontmatter.ts';
import { projectRoot } from '../support/fixture-site.ts';

// Astro's own frontmatter reader, resolved the way @astrojs/mdx resolves it.
const mdxRequire = createRequire(createRequire(import.meta.url).resolve('@astrojs/mdx'));
const { parseFrontmatter } = (await import(pathToFileURL(mdxRequire.resolve('@astrojs/internal-helpers/frontmatter')).href)) as {
	parseFrontmatter(code: string, options: { frontmatter: 'empty-with-spaces' }): { frontmatter: Record<string, unknown>; content: string };
};

const page = `---
kind: skill
id: fine-tuning
title: Fine-tuning
sources:
  - { id: reeves-2025, claim: 'Adapt a model.' }
---

## Why

Text with a {1 + 1} expression.
`;

/** What @astrojs/mdx's transform gets from a file: its frontmatter and the body it compiles. */
const astroReads = (code: string) => parseFrontmatter(code, { frontmatter: 'empty-with-spaces' });

describe('withoutFrontmatter', () => {
	it('leaves Astro an empty frontmatter and the same body, line for line', () => {
		const emptied = withoutFrontmatter(page)!;
		expect(astroReads(emptied).frontmatter).toEqual({});
		expect(astroReads(page).frontmatter).toMatchObject({ id: 'fine-tuning' });
		const [before, after] = astroReads(emptied).content.split('## Why');
		expect(before).toMatch(/^\s+$/);
		expect(`## Why${after}`).toBe(page.slice(page.indexOf('## Why')));
		expect(emptied.split('\n')).toHaveLength(page.split('\n').length);
		expect(emptied.split('\n').indexOf('## Why')).toBe(page.split('\n').indexOf('## Why'));
	});

	it('finds the block where Astro finds it: after a byte-order mark or blank lines, and TOML too', () => {
		for (const code of [`\uFEFF${page}`, `\n\n${page}`, '+++\ntitle = "T"\n+++\n\nText.\n', '---\r\ntitle: T\r\n---\r\n\r\nText.\r\n']) {
			expect(astroReads(code).frontmatter).not.toEqual({});
			expect(astroReads(withoutFrontmatter(code)!).frontmatter).toEqual({});
		}
	});

	it('keeps the frontmatter of a page whose body reads it, or that sets a layout', () => {
		expect(withoutFrontmatter(`${page}\nThis page is {frontmatter.title}.\n`)).toBeUndefined();
		expect(withoutFrontmatter(`${page}\nexport const title = frontmatter.title;\n`)).toBeUndefined();
		expect(withoutFrontmatter(page.replace('kind: skill', 'layout: ../layouts/Page.astro'))).toBeUndefined();
		expect(withoutFrontmatter(page.replace('kind: skill', "'layout': ../layouts/Page.astro"))).toBeUndefined();
		// A nested key named layout is not Astro's.
		expect(withoutFrontmatter(page.replace('kind: skill', 'map:\n  layout: lanes'))).toBeDefined();
	});

	it('leaves a file without frontmatter, or with an empty one, alone', () => {
		expect(withoutFrontmatter('## Why\n\nText.\n')).toBeUndefined();
		expect(withoutFrontmatter('---\n---\n\nText.\n')).toBeUndefined();
		expect(withoutFrontmatter('Text.\n\n---\n\nA thematic break, then\n\n---\n')).toBeUndefined();
	});
});

describe('mdxFrontmatterOnce', () => {
	it('runs on content pages only, before the MDX plugin', () => {
		const plugin = mdxFrontmatterOnce();
		const transform = plugin.transform as { order: string; filter: { id: RegExp } };
		expect(plugin.enforce).toBe('pre');
		expect(transform.order).toBe('pre');
		expect(transform.filter.id).toBe(contentPageId);
		expect(contentPageId.test(`${projectRoot}/content/docs/skills/fine-tuning.mdx`)).toBe(true);
		expect(contentPageId.test('C:/fork/content/docs/index.mdx')).toBe(true);
		for (const id of [`${projectRoot}/content/docs/skills/fine-tuning.mdx?astroPropagatedAssets`, `${projectRoot}/content/docs/notes/x.md`, `${projectRoot}/src/pages/about.mdx`, `${projectRoot}/content/drafts/x.mdx`]) {
			expect(contentPageId.test(id)).toBe(false);
		}
	});

	it('is in the Vite plugins of astro.config.mjs', () => {
		const names = (config.vite?.plugins ?? []).flat().map((p) => (p && typeof p === 'object' && 'name' in p ? p.name : undefined));
		expect(names).toContain(mdxFrontmatterOnce().name);
	});
});
