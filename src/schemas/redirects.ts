import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** A site path with slashes on both sides. @example '/skills/rag-fundamentals/' */
const SitePathSchema = z
	.string()
	.regex(/^\/([a-z0-9-]+\/)*$/, { message: 'expected a site path like "/skills/rag-fundamentals/"' })
	.describe('A site path with a leading and a trailing slash.');

/** The anchor of a heading, without `#`. */
const AnchorSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'expected an anchor like "what-to-learn-in-order"' });

/**
 * `content/data/redirects.yaml`: what keeps published links working after a rename.
 * Every link it can carry is a site path, an anchor or an id, so no `javascript:` or `data:` URL fits.
 * @example pages: [{ from: '/skills/rag/', to: '/skills/rag-fundamentals/' }]
 * @example ids: [{ from: 'rag', to: 'rag-fundamentals' }]
 */
export const RedirectsSchema = z
	.strictObject({
		pages: z
			.array(
				z.strictObject({
					from: SitePathSchema.describe('The old URL, as published.'),
					to: SitePathSchema.describe('Where it lives now.'),
					reason: TextSchema.optional().describe('Why it moved. Optional.'),
				}),
			)
			.default([])
			.describe('Renamed or moved pages: the old URL redirects to the new one.'),
		anchors: z
			.array(
				z.strictObject({
					page: SitePathSchema.describe('The page the heading is on (its current URL).'),
					from: AnchorSchema.describe('The old anchor, as published.'),
					to: AnchorSchema.describe('The heading it belongs to now.'),
				}),
			)
			.default([])
			.describe('Renamed headings: the old #anchor keeps landing on the renamed heading.'),
		ids: z
			.array(
				z.strictObject({
					from: IdSchema.describe('The old permanent id, as published (in the link lock).'),
					to: IdSchema.describe('The id of the entry that replaces it; it must exist.'),
					reason: TextSchema.optional().describe('Why the id changed. Optional.'),
				}),
			)
			.default([])
			.describe(
				'Changed or retired permanent ids: /s/<from>/ keeps redirecting to the entry with id `to`, and reading progress stored under `from` counts for `to` (published in /roadmap-id-aliases.json).',
			),
	})
	.describe('Redirects for renamed pages, aliases for renamed headings and aliases for changed ids.');

export type Redirects = z.output<typeof RedirectsSchema>;
