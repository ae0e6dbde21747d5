import { z } from 'astro/zod';
import { IdSchema, pageTextFields, RefSchema, SourcesSchema, TextSchema } from './common.ts';
import { ResourceSchema } from './resource.ts';

/**
 * How a skill relates to what a backend engineer already knows.
 * - `carries-over`: you have it; reuse it with small adjustments.
 * - `learn-new`: genuinely new; learn it in depth.
 * - `skip-for-now`: not needed for the first AI/ML role; learn on demand.
 * - `deepen-later`: useful, but after the first proof cycle.
 */
export const skillCategories = ['carries-over', 'learn-new', 'skip-for-now', 'deepen-later'] as const;
export type SkillCategory = (typeof skillCategories)[number];

/** Estimated focused hours to reach the proof, as a range. @example { min: 8, max: 16 } */
export const EffortSchema = z
	.strictObject({
		min: z.number().int().positive().describe('Lower estimate, in focused hours.'),
		max: z.number().int().positive().describe('Upper estimate, in focused hours.'),
	})
	.refine((e) => e.min <= e.max, { message: 'min must not be greater than max', path: ['max'] })
	.describe('Focused hours to reach the proof, as a range.');

/**
 * The artifact that shows the skill, and checks a reviewer could run against it.
 * @example { artifact: 'A RAG service over your team docs', checks: ['Answers cite the chunk they used'] }
 */
export const ProofSchema = z
	.strictObject({
		artifact: TextSchema.describe('What you build or write to prove the skill.'),
		checks: z.array(TextSchema).min(1, { message: 'list at least one check a reviewer could run' }).describe('Checks a reviewer could run on the artifact.'),
	})
	.describe('The proof of the skill: an artifact and checks on it.');

/** Frontmatter fields of a skill page (`kind: skill`), besides Starlight's own. */
export const SkillSchema = z.strictObject({
	kind: z.literal('skill').describe('Marks this page as a skill.'),
	...pageTextFields,
	id: IdSchema,
	summary: TextSchema.describe('One or two sentences: what the skill is and why it matters in AI/ML work.'),
	category: z.enum(skillCategories).describe(`How it relates to backend work: ${skillCategories.join(' | ')}.`),
	backendAnalog: TextSchema.describe('What a backend engineer already does that maps onto this skill.'),
	prerequisites: z.array(RefSchema('skill')).default([]).describe('Skill ids to learn first. No cycles. Default: none.'),
	effort: EffortSchema,
	proof: ProofSchema,
	pitfalls: z.array(TextSchema).min(1, { message: 'list at least one pitfall' }).describe('Mistakes people make with this skill.'),
	resources: z.array(ResourceSchema).min(1, { message: 'list at least one resource, official documentation first' }).describe('Learning resources, official documentation first.'),
	sources: SourcesSchema,
});

export type Skill = z.output<typeof SkillSchema>;
