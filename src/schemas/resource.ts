import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/** The kinds of learning resource a skill page can list. */
export const resourceKinds = ['docs', 'course', 'book', 'paper', 'video', 'repo', 'article'] as const;
/** What a resource costs the reader. */
export const resourceCosts = ['free', 'freemium', 'paid'] as const;

/**
 * A typed learning resource. Official documentation comes first on every skill page.
 * @example { kind: 'docs', title: 'asyncio', url: 'https://docs.python.org/3/library/asyncio.html', cost: 'free' }
 */
export const ResourceSchema = z
	.strictObject({
		kind: z.enum(resourceKinds).describe(`What the resource is: ${resourceKinds.join(' | ')}.`),
		title: TextSchema.describe('The title as the publisher gives it.'),
		url: z.url({ protocol: /^https?$/, message: 'expected an absolute http(s) URL, e.g. "https://docs.python.org/3/"' }).describe('Absolute http(s) URL.'),
		cost: z.enum(resourceCosts).describe(`What it costs: ${resourceCosts.join(' | ')}.`),
		note: TextSchema.optional().describe('Why this resource, or which part to read. Optional.'),
	})
	.describe('A learning resource: kind, title, URL and cost.');

export type Resource = z.output<typeof ResourceSchema>;
