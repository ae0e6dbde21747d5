import { z } from 'astro/zod';
import { HttpsUrlSchema, IdSchema, TextSchema } from './common.ts';

/**
 * Where a roadmap.sh node is taught here: the permanent id of a skill or a note, optionally with the
 * #anchor of the heading that covers it. The graph rules check that the page exists and has that heading.
 * @example 'agent-loops#loop-patterns-and-how-to-test-them'
 */
export const CoverageTargetSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:[-_][a-z0-9]+)*)?$/, {
		message: 'expected a skill or note id, optionally with a heading anchor, e.g. "agent-loops" or "agent-loops#loop-patterns-and-how-to-test-them"',
	})
	.describe('The id of a skill or note that teaches the node, optionally followed by #anchor of the one heading that does. Checked at build time: the page and the heading must exist.');

/**
 * One node of a roadmap.sh roadmap, and either where we teach it or why we leave it out.
 * @example { topic: 'Prompt Injection', slugs: ['prompt-injection'], covered: ['ai-security'] }
 * @example { topic: 'Forums', slugs: ['forums'], outOfScope: 'A community list, not a skill.' }
 */
export const CoverageNodeSchema = z
	.strictObject({
		topic: TextSchema.describe('The node\'s topic as a name, e.g. "Prompt Injection". A name only: never copy roadmap.sh\'s description.'),
		slugs: z
			.array(z.string().regex(/^[a-z0-9]+(?:-+[a-z0-9]+)*$/, { message: 'expected the part of a node file name before the @, e.g. "prompt-injection"' }))
			.min(1, { message: 'name at least one node file' })
			.describe('The node\'s file names under the roadmap\'s content folder on GitHub, without the "@", the id after it and ".md", e.g. ["prompt-injection"]. A node renamed over time lists every name it had.'),
		covered: z
			.array(CoverageTargetSchema)
			.min(1, { message: 'name at least one page, or use outOfScope instead' })
			.optional()
			.describe('The skills or notes that teach the node, at our depth. Only where the page really teaches it. Leave out when outOfScope is given.'),
		outOfScope: TextSchema.optional().describe('Why this roadmap leaves the node out, in one sentence of our own (a call we make, shown as such). Leave out when covered is given.'),
	})
	.refine((node) => (node.covered === undefined) !== (node.outOfScope === undefined), {
		message: 'give exactly one of covered (where we teach the node) or outOfScope (why we do not)',
	})
	.describe('A roadmap.sh node, and where this roadmap teaches it or why it leaves it out.');
export type CoverageNode = z.output<typeof CoverageNodeSchema>;

/**
 * One roadmap.sh roadmap, inventoried node by node (`content/data/roadmap-sh-coverage.yaml`).
 * The file is optional: without it the coverage guide shows no table and nothing is checked.
 */
export const CoverageRoadmapSchema = z
	.strictObject({
		id: IdSchema.describe('The roadmap\'s id on roadmap.sh, as in its URL, e.g. "ai-engineer".'),
		title: TextSchema.describe('The roadmap\'s name, e.g. "AI Engineer".'),
		url: HttpsUrlSchema.describe('The roadmap\'s page, e.g. "https://roadmap.sh/ai-engineer".'),
		inventoried: z.iso.date({ message: 'expected a date as YYYY-MM-DD' }).describe('The day its nodes were listed, YYYY-MM-DD. roadmap.sh changes; the page prints this date.'),
		basis: TextSchema.describe('How the node list was made and what it may miss, in one or two sentences.'),
		nodeCount: z.number().int().positive().describe('How many nodes the roadmap has (after merging renamed files). Checked: it must equal the number of entries in nodes.'),
		nodes: z.array(CoverageNodeSchema).min(1, { message: 'list at least one node' }).describe('Every node of the roadmap, once each.'),
	})
	.describe('A roadmap.sh roadmap and, node by node, how this roadmap covers it.');
export type CoverageRoadmap = z.output<typeof CoverageRoadmapSchema>;
