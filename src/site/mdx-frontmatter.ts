import type { Plugin } from 'vite';

/** A content page's MDX file, as Vite names it (always with forward slashes). */
export const contentPageId = /\/content\/docs\/.+\.mdx$/;

/** The frontmatter block as Astro finds it (@astrojs/internal-helpers, `frontmatterRE`): YAML or TOML fences. */
const frontmatterRE = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** A use of `frontmatter` in an MDX body: `{frontmatter.title}`, or an `export` that reads it. */
const usesFrontmatter = /\bfrontmatter\b/;

/** A top-level `layout` key: Astro renders such a page through the layout, with its frontmatter as props. */
const hasLayout = /^["']?layout["']?\s*:/m;

/**
 * The source of a content page with its frontmatter emptied, or `undefined` to leave it as it is.
 *
 * Every line of the block stays, blank, so an MDX error still names the right line. A page whose body names
 * `frontmatter`, or that sets a `layout`, keeps its frontmatter.
 */
export function withoutFrontmatter(code: string): string | undefined {
	const match = frontmatterRE.exec(code);
	if (!match) return undefined;
	const [block, fence = '---', yaml = ''] = match;
	const body = code.slice(match.index + block.length);
	if (hasLayout.test(yaml) || usesFrontmatter.test(body)) return undefined;
	const blank = yaml.replace(/[^\r\n]/g, '');
	if (blank === yaml) return undefined;
	return code.slice(0, match.index) + block.replace(`${fence}${yaml}`, `${fence}${blank}`) + body;
}

/**
 * A Vite plugin: Astro's MDX plugin sees each content page with its frontmatter emptied.
 *
 * That plugin parses the YAML of every `.mdx` module it compiles and exports the result from the module as
 * `frontmatter`. For a page of the docs collection both are waste: the content layer has already parsed
 * the file and validated its data, which pages read as `entry.data`; the export is a second copy of it in
 * the server build, read only as `render(entry)`'s `remarkPluginFrontmatter`, which no page here uses. Our
 * frontmatter is most of a page (facts, sources, links): at 82 skills parsing it again took about 30 ms of each
 * build, and dropping the copy cut peak memory by 220 MiB at 3,082 skills (issue 12).
 *
 * It runs before the MDX plugin (`order: 'pre'`) and touches only files under `content/docs/`. The content
 * layer reads those from disk, not through Vite, so entries keep all their data.
 */
export function mdxFrontmatterOnce(): Plugin {
	return {
		name: 'roadmap:mdx-frontmatter-once',
		enforce: 'pre',
		transform: {
			order: 'pre',
			filter: { id: contentPageId },
			handler(code) {
				const emptied = withoutFrontmatter(code);
				return emptied === undefined ? undefined : { code: emptied, map: null };
			},
		},
	};
}
