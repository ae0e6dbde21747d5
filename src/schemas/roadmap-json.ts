import { z } from 'astro/zod';
import { IdSchema, SourceRefSchema, TextSchema } from './common.ts';
import { PlanSchema, SourceSchema } from './data.ts';
import { WindowSchema } from './phase.ts';
import { EffortSchema, skillCategories } from './skill.ts';

/**
 * The shape of the published /roadmap.json. Bump it when a field is renamed or removed, or changes
 * meaning; adding an entry or a field a reader may ignore keeps the version.
 */
export const ROADMAP_JSON_VERSION = 1;

const Ids = (what: string) => z.array(IdSchema).describe(`Permanent ids of ${what}.`);

/** Fields every entry has, whatever its kind. */
const base = {
	/** Permanent id: never changes, even when the page moves. @example 'rag-fundamentals' */
	id: IdSchema,
	/** Page title. @example 'RAG fundamentals' */
	title: TextSchema.describe('Page title.'),
	/** One or two sentences: a skill, track or role summary, or a phase goal. */
	summary: z.string().describe('One or two sentences about the entry (a phase gives its goal).'),
	/** Absolute URL of the page today. @example 'https://backend-to-ai.example.org/skills/rag-fundamentals/' */
	url: z.url().describe('Absolute URL of the page today. It may change; the short link does not.'),
	/** Site path of the page, relative to `site` (without the base a fork may publish under). @example '/skills/rag-fundamentals/' */
	path: z.string().regex(/^\/(?:.*\/)?$/).describe('Site path of the page, with slashes on both sides, relative to `site`: a site published under a base path (/repo/) leaves the base out, so paths are the same for every copy.'),
	/** Permanent short link that redirects to the page. @example 'https://backend-to-ai.example.org/s/rag-fundamentals/' */
	shortLink: z.url().describe('Permanent short link (/s/<id>/) that redirects to the page wherever it lives.'),
	/** Citations the entry is built from. */
	sources: z.array(SourceRefSchema).describe('Citations the entry is built from: source ids and where in them.'),
};

/** A skill, with its place in the roadmap. */
const SkillEntrySchema = z.strictObject({
	kind: z.literal('skill').describe('A skill.'),
	...base,
	category: z.enum(skillCategories).describe(`How it relates to backend work: ${skillCategories.join(' | ')}.`),
	effort: EffortSchema,
	phase: IdSchema.nullable().describe('The phase that lists the skill, or null.'),
	prerequisites: Ids('skills to learn first'),
	tracks: Ids('tracks that include the skill, through its phase'),
});

const PhaseEntrySchema = z.strictObject({
	kind: z.literal('phase').describe('A phase of a plan.'),
	...base,
	plan: IdSchema.describe('The plan the phase belongs to.'),
	order: z.number().int().positive().describe('Position within its plan, from 1.'),
	window: WindowSchema,
	skills: Ids('the skills of the phase, in learning order'),
	tracks: Ids('tracks that include the phase'),
});

const TrackEntrySchema = z.strictObject({
	kind: z.literal('track').describe('A track: one path through the roadmap.'),
	...base,
	phases: Ids('the phases of the track, in order'),
	roles: Ids('roles the track prepares for first'),
	laterRoles: Ids('roles reachable later'),
});

const RoleEntrySchema = z.strictObject({
	kind: z.literal('role').describe('A role.'),
	...base,
	tracks: Ids('tracks that prepare for the role first'),
});

const NoteEntrySchema = z.strictObject({
	kind: z.literal('note').describe('A learning note.'),
	...base,
	skills: Ids('skills the note is about'),
	roles: Ids('roles the note is about'),
	phases: Ids('phases the note is about'),
});

const ProjectEntrySchema = z.strictObject({
	kind: z.literal('project').describe('A portfolio project.'),
	...base,
	skills: Ids('skills the project exercises'),
});

/** One entry of /roadmap.json, keyed on `kind`. */
export const RoadmapJsonEntrySchema = z
	.discriminatedUnion('kind', [SkillEntrySchema, PhaseEntrySchema, TrackEntrySchema, RoleEntrySchema, NoteEntrySchema, ProjectEntrySchema])
	.describe('One entry of the roadmap, keyed on kind.');
export type RoadmapJsonEntry = z.output<typeof RoadmapJsonEntrySchema>;

/** The whole published document. */
export const RoadmapJsonSchema = z
	.strictObject({
		version: z.literal(ROADMAP_JSON_VERSION).describe('Version of this shape. It changes only when a field is renamed, removed or changes meaning.'),
		site: z.url().describe('The site the URLs point at, base path included (https://name.github.io/repo/).'),
		entries: z.array(RoadmapJsonEntrySchema).describe('Every entry of the roadmap: skills, phases, tracks, roles, notes and projects.'),
		plans: z.array(PlanSchema).describe('The plans phases belong to, as in content/data/plans.yaml.'),
		sources: z.array(SourceSchema).describe('Every cited source, as in content/data/sources.yaml.'),
	})
	.describe('The roadmap from backend engineer to AI / ML engineer, as data.');
export type RoadmapJson = z.output<typeof RoadmapJsonSchema>;

/** The JSON Schema (draft 2020-12) of /roadmap.json, generated from the zod schema above. */
export const roadmapJsonSchema = (site: string) => ({
	$id: new URL('roadmap.schema.json', site).href, // relative: `site` includes the base path
	title: 'Backend to AI/ML roadmap',
	...z.toJSONSchema(RoadmapJsonSchema, { io: 'output', target: 'draft-2020-12' }),
});
