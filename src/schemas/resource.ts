import { z } from 'astro/zod';
import { HttpsUrlSchema, TextSchema, todayUtc } from './common.ts';

/** The kinds of learning resource a skill page can list. */
export const resourceKinds = ['docs', 'course', 'book', 'paper', 'video', 'repo', 'article'] as const;
/** What a resource costs the reader. */
export const resourceCosts = ['free', 'freemium', 'paid'] as const;

/** A verification date: an ISO calendar date that is not after today. */
export const LastVerifiedSchema = z.iso
	.date({ message: 'expected the date you last checked the URL, as YYYY-MM-DD, e.g. "2026-12-02"' })
	.refine((d) => d <= todayUtc(), { message: 'must not be in the future: use the date you actually opened the URL' })
	.describe('The day the URL was last opened and confirmed to be the page described, YYYY-MM-DD, not in the future.');

/**
 * A typed learning resource. Official documentation comes first on every skill page.
 * @example { kind: 'docs', title: 'asyncio', url: 'https://docs.python.org/3/library/asyncio.html', cost: 'free', lastVerified: '2026-12-02' }
 */
export const ResourceSchema = z
	.strictObject({
		kind: z.enum(resourceKinds).describe(`What the resource is: ${resourceKinds.join(' | ')}.`),
		title: TextSchema.describe('The title as the publisher gives it.'),
		url: HttpsUrlSchema.describe('Absolute https URL.'),
		cost: z.enum(resourceCosts).describe(`What it costs: ${resourceCosts.join(' | ')}.`),
		note: TextSchema.optional().describe('Why this resource, or which part to read. Optional.'),
		/**
		 * The day someone last opened the URL and confirmed it is the page described, as YYYY-MM-DD; not in the future.
		 * Update it whenever you re-check the link (`npm run links:external` finds the dead ones).
		 * @example '2026-12-02'
		 */
		lastVerified: LastVerifiedSchema,
	})
	.describe('A learning resource: kind, title, URL, cost and the date its URL was last verified.');

export type Resource = z.output<typeof ResourceSchema>;
