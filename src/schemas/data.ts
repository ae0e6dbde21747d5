import { z } from 'astro/zod';
import { HttpsUrlSchema, IdSchema, RefSchema, SourceRefSchema, SourcesSchema, TextSchema } from './common.ts';
import { CoverageRoadmapSchema } from './coverage.ts';
import { windowUnits } from './phase.ts';

/** One article or document the roadmap cites (`content/data/sources.yaml`). */
export const SourceSchema = z
	.strictObject({
		id: IdSchema,
		title: TextSchema.describe('Title as published.'),
		author: TextSchema.optional().describe('Author, where the source names one.'),
		publisher: TextSchema.optional().describe('Site or organisation that published it.'),
		date: z.iso.date({ message: 'expected a date as YYYY-MM-DD' }).describe('Publication date, YYYY-MM-DD.'),
		url: HttpsUrlSchema.optional().describe('Canonical https URL, where known.'),
	})
	.describe('A cited source.');
export type Source = z.output<typeof SourceSchema>;

/**
 * The study hours a week a plan assumes, and where the number comes from. Phase budgets are
 * `weeks of the window x value`; the graph rule `phase-over-budget` checks each phase against it.
 * `source: ours` marks our own call, for a plan whose sources give no number.
 * @example { value: 10, basis: 'One evening a day, which we read as about an hour and a half.', source: { source: 'sharma-2026', locator: 'caption of the 90-day figure' } }
 */
export const HoursPerWeekSchema = z
	.strictObject({
		value: z.number().positive().max(80).describe('Study hours a week the plan assumes, e.g. 10. At most 80.'),
		basis: TextSchema.describe('How the number follows from the source, or why we chose it, in our words.'),
		source: z
			.union([z.literal('ours'), SourceRefSchema])
			.describe('The citation the number rests on, or `ours` where it is our own call.'),
	})
	.describe('Hours a week the plan assumes, with its source or marked as our own call.');
export type HoursPerWeek = z.output<typeof HoursPerWeekSchema>;

/** A plan that phases belong to, e.g. the 90-day applied plan (`content/data/plans.yaml`). */
export const PlanSchema = z
	.strictObject({
		id: IdSchema,
		title: TextSchema.describe('Name of the plan, e.g. "The 90-day applied plan".'),
		unit: z.enum(windowUnits).describe('Unit its phase windows are counted in.'),
		summary: TextSchema.describe('What the plan is and who proposed it.'),
		/** Study hours a week the plan assumes; see HoursPerWeekSchema. */
		hoursPerWeek: HoursPerWeekSchema,
		sources: SourcesSchema,
	})
	.describe('A time-boxed plan made of ordered phases.');
export type Plan = z.output<typeof PlanSchema>;

/** How much of a backend skill carries over. */
export const carryovers = ['as-is', 'adapt', 'new', 'skip'] as const;

/** One row of the skill-transfer table (`content/data/transfers.yaml`). */
export const TransferSchema = z
	.strictObject({
		id: IdSchema,
		backend: TextSchema.describe('The backend skill the reader has, e.g. "API design and optimization".'),
		aiml: TextSchema.describe('Its AI/ML equivalent, e.g. "Model serving and inference APIs".'),
		carryover: z.enum(carryovers).describe(`How much carries over: ${carryovers.join(' | ')}.`),
		whatIsNew: TextSchema.describe('What the reader has to add on top of what they know.'),
		skill: RefSchema('skill').describe('The skill page this row leads to.'),
		backendGroup: TextSchema.describe('Backend skill group, for the transition map, e.g. "APIs and services".'),
		aimlGroup: TextSchema.describe('AI/ML skill group, for the transition map, e.g. "Model serving".'),
		source: SourceRefSchema,
	})
	.describe('A backend skill and its AI/ML equivalent.');
export type Transfer = z.output<typeof TransferSchema>;

/** One row of the tutorial-app vs production-ready comparison (`content/data/comparison.yaml`). */
export const ComparisonRowSchema = z
	.strictObject({
		aspect: TextSchema.describe('What is compared, e.g. "Evaluation".'),
		tutorial: TextSchema.describe('What a tutorial app does.'),
		production: TextSchema.describe('What a production-ready AI project does.'),
		skill: RefSchema('skill').optional().describe('The skill page that teaches the difference. Optional.'),
		source: SourceRefSchema,
	})
	.describe('A row comparing a tutorial app with a production-ready project.');
export type ComparisonRow = z.output<typeof ComparisonRowSchema>;

/** One week of the 90-day timeline (`content/data/timeline.yaml`). */
export const TimelineWeekSchema = z
	.strictObject({
		week: z.number().int().min(1).max(13).describe('Week number, 1-13.'),
		phase: RefSchema('phase').describe('The phase this week belongs to.'),
		focus: TextSchema.describe('What the week is about.'),
		artifact: TextSchema.describe('What the reader ships by the end of the week.'),
		source: SourceRefSchema,
	})
	.describe('A week of the 90-day plan and its artifact.');
export type TimelineWeek = z.output<typeof TimelineWeekSchema>;

/** Every data file, its location under content/data and the schema for one of its items. */
export const dataFiles = {
	sources: { file: 'sources.yaml', item: SourceSchema },
	plans: { file: 'plans.yaml', item: PlanSchema },
	transfers: { file: 'transfers.yaml', item: TransferSchema },
	comparison: { file: 'comparison.yaml', item: ComparisonRowSchema },
	timeline: { file: 'timeline.yaml', item: TimelineWeekSchema },
	/** Optional: roadmap.sh's AI roadmaps node by node (src/schemas/coverage.ts); absent in a fork that does not want the comparison. */
	coverage: { file: 'roadmap-sh-coverage.yaml', item: CoverageRoadmapSchema },
} as const;
