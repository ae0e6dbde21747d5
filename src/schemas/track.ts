import { z } from 'astro/zod';
import { IdSchema, pageTextFields, RefSchema, SourcesSchema, TextSchema } from './common.ts';

/** Frontmatter fields of a track page (`kind: track`): one path through the roadmap. */
export const TrackSchema = z.strictObject({
	kind: z.literal('track').describe('Marks this page as a track.'),
	...pageTextFields,
	id: IdSchema,
	summary: TextSchema.describe('One or two sentences: where this track leads.'),
	roles: z.array(RefSchema('role')).min(1).describe('Roles this track prepares for first.'),
	laterRoles: z.array(RefSchema('role')).default([]).describe('Roles reachable from this track later, after a first role. Default: none.'),
	phases: z.array(RefSchema('phase')).min(1).describe('Phase ids in the order the reader follows them.'),
	suits: TextSchema.describe('Who this track suits best.'),
	sources: SourcesSchema,
});

export type Track = z.output<typeof TrackSchema>;
