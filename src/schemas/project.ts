import { z } from 'astro/zod';
import { IdSchema, pageTextFields, RefSchema, SourcesSchema, TextSchema } from './common.ts';

/** The four deliverables every portfolio project ships, so a reviewer can judge it. */
export const DeliverablesSchema = z
	.strictObject({
		evalTable: TextSchema.describe('The eval table: task set, setups compared, metrics.'),
		latencyCost: TextSchema.describe('Latency and cost figures to measure and report.'),
		architecture: TextSchema.describe('What the architecture diagram shows.'),
		failureWriteup: TextSchema.describe('The failure to document and what changed after it.'),
	})
	.describe('Eval table, latency and cost figures, architecture diagram, failure write-up.');

/** Frontmatter fields of a portfolio project (`kind: project`). */
export const ProjectSchema = z.strictObject({
	kind: z.literal('project').describe('Marks this page as a portfolio project.'),
	...pageTextFields,
	id: IdSchema,
	summary: TextSchema.describe('What the project is and the workflow it serves.'),
	skills: z.array(RefSchema('skill')).min(1).describe('Skills the project exercises.'),
	deliverables: DeliverablesSchema,
	sources: SourcesSchema,
});

export type Project = z.output<typeof ProjectSchema>;
