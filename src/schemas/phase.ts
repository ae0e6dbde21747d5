import { z } from 'astro/zod';
import { IdSchema, pageTextFields, RefSchema, SourcesSchema, TextSchema } from './common.ts';

/** Units a phase window is counted in. */
export const windowUnits = ['day', 'week', 'month'] as const;

/** A time window inside a plan. @example { unit: 'day', from: 1, to: 30 } renders as "Days 1-30" */
export const WindowSchema = z
	.strictObject({
		unit: z.enum(windowUnits).describe(`Unit: ${windowUnits.join(' | ')}.`),
		from: z.number().int().positive().describe('First unit of the window, counted from 1.'),
		to: z.number().int().positive().describe('Last unit of the window (equal to from for a single week or month).'),
	})
	.refine((w) => w.from <= w.to, { message: 'from must not be greater than to', path: ['to'] })
	.describe('When the phase happens within its plan.');

/** Frontmatter fields of a phase page (`kind: phase`). */
export const PhaseSchema = z.strictObject({
	kind: z.literal('phase').describe('Marks this page as a phase.'),
	...pageTextFields,
	id: IdSchema,
	plan: RefSchema('plan (content/data/plans.yaml)').describe('The plan this phase belongs to, from content/data/plans.yaml.'),
	order: z.number().int().positive().describe('Position within its plan, from 1, with no gaps.'),
	window: WindowSchema,
	goal: TextSchema.describe('What the reader can do at the end of the phase.'),
	skills: z.array(RefSchema('skill')).min(1, { message: 'a phase needs at least one skill' }).describe('Skill ids in learning order. Every skill sits in exactly one phase.'),
	artifacts: z.array(TextSchema).min(1).describe('What the reader ships during the phase.'),
	exitCriteria: z.array(TextSchema).min(1).describe('Checks that say the phase is done.'),
	sources: SourcesSchema,
});

export type Phase = z.output<typeof PhaseSchema>;
