import { z } from 'astro/zod';

/**
 * A permanent identifier: lowercase words joined by hyphens.
 * It never changes once published, even when the file or the URL does, because short links
 * (`/s/<id>/`) and references from other entries point at it.
 * @example 'rag-fundamentals'
 */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		message: 'expected a permanent id in kebab-case, e.g. "rag-fundamentals"',
	})
	.describe('Permanent id in kebab-case. Never change it after publishing: short links and references use it.');

/** A reference to another entry by its permanent `id`. Resolved and checked by `src/graph/`. */
export const RefSchema = (kind: string) =>
	IdSchema.describe(`The permanent id of a ${kind}. Checked at build time: it must exist.`);

/**
 * Something that looks like the start of an HTML tag, comment or processing instruction: `<` followed by a
 * letter, `/`, `!` or `?`, as browsers read it. A lone `<` ("a < b", "<500 ms", "<= 2") is plain text.
 */
export const MARKUP = /<[A-Za-z/!?]/;

/** Plain text only: the value is printed in places that do not render Markdown and must never run as HTML. */
export const plainText = <T extends z.ZodString>(schema: T) =>
	schema.refine((text) => !MARKUP.test(text), {
		message: 'must be plain text, but contains markup',
		params: { problem: 'markup-in-text' },
	});

/** A non-empty line of plain prose written by us. */
export const TextSchema = plainText(z.string().trim().min(1, { message: 'must not be empty' }));

/** Longest title: the sidebar, browser tabs and link previews cut longer ones. The longest in content/ has 58. */
export const TITLE_MAX = 80;
/** Longest description: search results cut around 160 characters. The longest in content/ has 211. */
export const DESCRIPTION_MAX = 240;

/** A page title (overrides Starlight's `title`, which takes any string). */
export const TitleSchema = plainText(
	z
		.string()
		.trim()
		.min(1, { message: 'the title must not be empty' })
		.max(TITLE_MAX, { message: `the title is longer than ${TITLE_MAX} characters` }),
).describe(`The page title, plain text, 1 to ${TITLE_MAX} characters. Shown in the sidebar, the browser tab and link previews.`);

/** A page description (overrides Starlight's `description`). */
export const DescriptionSchema = plainText(
	z
		.string()
		.trim()
		.min(1, { message: 'the description must not be empty' })
		.max(DESCRIPTION_MAX, { message: `the description is longer than ${DESCRIPTION_MAX} characters` }),
).describe(`One or two plain-text sentences for search results and link previews, 1 to ${DESCRIPTION_MAX} characters. Optional.`);

/** Starlight's title and description, bounded and plain text; every page kind spreads these into its shape. */
/** Today's date in UTC, YYYY-MM-DD: the latest date a review or a check can carry. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/**
 * When someone last read the whole page against its sources and the vendors' current documentation, and
 * fixed what was wrong. Shown at the foot of every page as "Last reviewed". Not the date of the last edit:
 * a typo fix is not a review.
 * @example '2026-12-07'
 */
export const LastReviewedSchema = z.iso
	.date({ message: 'expected the date you last reviewed the whole page, as YYYY-MM-DD, e.g. "2026-12-07"' })
	.refine((d) => d <= todayUtc(), { message: 'must not be in the future: use the date you actually reviewed the page' })
	.describe('The day the whole page was last checked against its sources and current vendor documentation, YYYY-MM-DD, not in the future. Shown as "Last reviewed" at the foot of the page.');

export const pageTextFields = {
	title: TitleSchema,
	description: DescriptionSchema.optional(),
	lastReviewed: LastReviewedSchema,
};

/** An absolute https URL. Plain http and schemes that run code (`javascript:`, `data:`) are rejected. */
export const HttpsUrlSchema = z.url({ protocol: /^https$/, message: 'expected an absolute https URL, e.g. "https://docs.python.org/3/"' });

/**
 * Where a claim comes from: a source id from `content/data/sources.yaml`, and where in it.
 * @example { source: 'sharma-2026', locator: 'section "What to skip"' }
 */
export const SourceRefSchema = z
	.strictObject({
		source: RefSchema('source (content/data/sources.yaml)'),
		locator: TextSchema.optional().describe('Where in the source: a section title, a table or a list. Optional.'),
	})
	.describe('A citation: which source, and where in it.');

export type SourceRef = z.output<typeof SourceRefSchema>;

/** At least one citation. */
export const SourcesSchema = z
	.array(SourceRefSchema)
	.min(1, { message: 'cite at least one source from content/data/sources.yaml' })
	.describe('The sources this entry is built from, each with an optional locator.');
