import { z } from 'astro/zod';
import { IdSchema, pageTextFields, SourceRefSchema, SourcesSchema, TextSchema } from './common.ts';

/**
 * How far a role is from backend work, as a source ranks it: 1 is the shortest step.
 * Sources disagree; each ranking is kept with its source.
 */
export const TierSchema = z
	.strictObject({
		tier: z.union([z.literal(1), z.literal(2), z.literal(3)]).describe('1 = shortest transition from backend, 3 = longest.'),
		source: SourceRefSchema,
	})
	.describe('One source\'s ranking of how hard the move into this role is.');

/** A share of job openings, as a source estimates it. @example { percent: 70, source: { source: 'sharma-2026' } } */
export const ShareSchema = z
	.strictObject({
		percent: z.number().min(0).max(100).describe('Estimated share of openings, 0-100.'),
		source: SourceRefSchema,
	})
	.describe('A share of openings, always with the source that claims it.');

/** Frontmatter fields of a role page (`kind: role`). */
export const RoleSchema = z.strictObject({
	kind: z.literal('role').describe('Marks this page as a role.'),
	...pageTextFields,
	id: IdSchema,
	summary: TextSchema.describe('What the job is, in one or two sentences.'),
	work: z.array(TextSchema).min(1).describe('What people in this role do day to day.'),
	share: ShareSchema.optional().describe('Share of openings, only where a source gives one.'),
	tiers: z.array(TierSchema).default([]).describe('How sources rank the transition into this role. Default: none.'),
	transfers: z.array(TextSchema).min(1).describe('What carries over from backend work.'),
	sources: SourcesSchema,
});

export type Role = z.output<typeof RoleSchema>;
