import { z } from 'astro/zod';
import { IdSchema, pageTextFields, RefSchema, SourcesSchema, TextSchema } from './common.ts';

/** Frontmatter fields of a learning note (`kind: note`): a short essay tied to skills. */
export const NoteSchema = z.strictObject({
	kind: z.literal('note').describe('Marks this page as a learning note.'),
	...pageTextFields,
	id: IdSchema,
	summary: TextSchema.describe('The note\'s point in one or two sentences.'),
	skills: z.array(RefSchema('skill')).min(1, { message: 'a note relates to at least one skill' }).describe('Skills this note is about.'),
	roles: z.array(RefSchema('role')).default([]).describe('Roles this note is about. Default: none.'),
	phases: z.array(RefSchema('phase')).default([]).describe('Phases this note is about. Default: none.'),
	sources: SourcesSchema,
});

export type Note = z.output<typeof NoteSchema>;
