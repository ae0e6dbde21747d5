// A content page's compiled MDX module exports an empty frontmatter (src/site/satteri-frontmatter.ts).
// Astro's MDX processor calls Sätteri's mdxToJs with the parsed frontmatter in data.astro.frontmatter and
// exports whatever is there after the plugins ran; these tests make the same call.
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { satteriFrontmatterExport } from '../../src/site/satteri-frontmatter.ts';
import { projectRoot } from '../support/fixture-site.ts';

const frontmatter = () => ({ title: 'Fine-tuning', description: 'Adapt a model.', roadmap: { kind: 'skill', id: 'fine-tuning' } });

/** The frontmatter Astro would export for `body`, compiled as the file at `path`. */
async function exported(body: string, path: string, data: Record<string, unknown> = frontmatter()) {
	const result = await mdxToJs(body, {
		mdastPlugins: [satteriFrontmatterExport()],
		fileURL: pathToFileURL(path),
		data: { astro: { frontmatter: data, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
	});
	return (result.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
}

describe('satteriFrontmatterExport', () => {
	it('empties the export of a page under content/docs/', async () => {
		expect(await exported('## Why\n\nText.\n', '/site/content/docs/skills/fine-tuning.mdx')).toEqual({});
	});

	it('keeps it when the body reads frontmatter', async () => {
		const body = 'This page is {frontmatter.title}.\n';
		expect(await exported(body, '/site/content/docs/skills/fine-tuning.mdx')).toEqual(frontmatter());
		const esm = "export const title = frontmatter.title;\n\n# {title}\n";
		expect(await exported(esm, '/site/content/docs/skills/fine-tuning.mdx')).toEqual(frontmatter());
	});

	it('keeps it when the file has a layout, which gets the frontmatter as props', async () => {
		const data = { ...frontmatter(), layout: '../layouts/Page.astro' };
		expect(await exported('Text.\n', '/site/content/docs/guides/x.mdx', data)).toEqual(data);
	});

	it('keeps it for MDX outside content/docs/', async () => {
		expect(await exported('Text.\n', '/site/pages/about.mdx')).toEqual(frontmatter());
		expect(await exported('Text.\n', '/site/content/drafts/x.mdx')).toEqual(frontmatter());
	});

	it('leaves an empty frontmatter and a compile without Astro data alone', async () => {
		expect(await exported('Text.\n', '/site/content/docs/x.mdx', {})).toEqual({});
		const bare = await mdxToJs('Text.\n', { mdastPlugins: [satteriFrontmatterExport()], fileURL: pathToFileURL('/site/content/docs/x.mdx') });
		expect(bare.code).toContain('Text.');
	});

	it('is in the MDX pipeline of astro.config.mjs: a content page compiled there exports no frontmatter', async () => {
		const processor = config.markdown?.processor as unknown as {
			createMdxRenderer(shared: object, mdx: object): Promise<{ process(body: string, file: string, data: object): Promise<{ code: string }> }>;
		};
		const renderer = await processor.createMdxRenderer({ syntaxHighlight: false }, { optimize: false, srcDir: pathToFileURL(`${projectRoot}/`) });
		const { code } = await renderer.process('## Why\n\nText.\n', `${projectRoot}/content/docs/skills/fine-tuning.mdx`, frontmatter());
		expect(code).toMatch(/^export const frontmatter = \{\};$/m);
		const kept = await renderer.process('Text.\n', `${projectRoot}/pages/about.mdx`, frontmatter());
		expect(kept.code).toContain('"id":"fine-tuning"');
	});
});
