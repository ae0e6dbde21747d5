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

/** A non-empty line of prose written by us. */
export const TextSchema = z.string().trim().min(1, { message: 'must not be empty' });

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
