import { z } from 'astro/zod';
import { NoteSchema } from './note.ts';
import { PageSchema } from './page.ts';
import { PhaseSchema } from './phase.ts';
import { ProjectSchema } from './project.ts';
import { RoleSchema } from './role.ts';
import { SkillSchema } from './skill.ts';
import { TrackSchema } from './track.ts';

/**
 * Our frontmatter, keyed on `kind`. Starlight's `docsSchema({ extend })` merges its own fields
 * (title, description, sidebar ...) into each variant, so every variant stays strict.
 */
export const RoadmapFieldsSchema = z.discriminatedUnion('kind', [
	SkillSchema,
	PhaseSchema,
	TrackSchema,
	RoleSchema,
	NoteSchema,
	ProjectSchema,
	PageSchema,
]);

/** The page kinds that carry a permanent id and take part in the graph. */
export const entryKinds = ['skill', 'phase', 'track', 'role', 'note', 'project'] as const;
export type EntryKind = (typeof entryKinds)[number];
