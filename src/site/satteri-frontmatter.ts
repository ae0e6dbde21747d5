import type { MdastPluginDefinition } from 'satteri';

/** What Astro's MDX processor hands every plugin in `ctx.data`: the file's parsed frontmatter, among others. */
interface AstroData {
	astro?: { frontmatter?: Record<string, unknown> };
}

/** A use of `frontmatter` in an MDX body: `{frontmatter.title}` or an `export` that reads it. */
const usesFrontmatter = /\bfrontmatter\b/;

/**
 * A Sätteri mdast plugin: the compiled module of a content page exports an empty `frontmatter`.
 *
 * Astro's MDX processor exports each file's whole frontmatter from its compiled module, a second copy of
 * what the content layer already holds as the entry's data. Nothing reads it: pages get `entry.data`, and
 * Astro passes the export on only as `render()`'s `remarkPluginFrontmatter`, which no page here uses. Our
 * frontmatter is most of a page (facts, sources, links), so the copy was 22% of the server bundle's MDX
 * modules at 82 skills; at 3,082 skills dropping it cut 220 MiB of peak memory (issue 12).
 *
 * The export is kept where it could be read: a body that names `frontmatter`, a file with a `layout`
 * (Astro renders it with the frontmatter as props), and any MDX outside content/docs/ (a page in pages/).
 */
export function satteriFrontmatterExport(): MdastPluginDefinition {
	return {
		name: 'roadmap-frontmatter-export',
		before(_root, ctx) {
			const astro = (ctx.data as AstroData).astro;
			const frontmatter = astro?.frontmatter;
			if (!astro || !frontmatter || Object.keys(frontmatter).length === 0) return;
			if (!ctx.fileURL?.pathname.includes('/content/docs/')) return;
			if ('layout' in frontmatter || usesFrontmatter.test(ctx.source)) return;
			astro.frontmatter = {};
		},
	};
}
