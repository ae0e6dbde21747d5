import { z } from 'astro/zod';
import { dataFiles } from './data.ts';
import type { EntryKind } from './entry.ts';
import { NoteSchema } from './note.ts';
import { PhaseSchema } from './phase.ts';
import { ProjectSchema } from './project.ts';
import { RoleSchema } from './role.ts';
import { SkillSchema } from './skill.ts';
import { TrackSchema } from './track.ts';

/** One documented field, as the contributor field reference (/contributing/fields/) shows it. */
export interface FieldRow {
	/** Dotted path; `[]` marks the items of a list, e.g. `resources[].url`. */
	path: string;
	type: string;
	/** `required`, `optional`, or the default that applies when the field is left out. */
	presence: string;
	description: string;
}

/** The part of JSON Schema that zod emits for our schemas. */
interface Json {
	type?: string;
	const?: unknown;
	enum?: unknown[];
	items?: Json;
	properties?: Record<string, Json>;
	required?: string[];
	description?: string;
	default?: unknown;
	pattern?: string;
	format?: string;
	minItems?: number;
	minimum?: number;
	maximum?: number;
	anyOf?: Json[];
}

const KEBAB = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

function typeOf(s: Json): string {
	if (s.const !== undefined) return JSON.stringify(s.const);
	if (s.enum) return s.enum.map(String).join(' | ');
	if (s.anyOf) return s.anyOf.map(typeOf).join(' or ');
	switch (s.type) {
		case 'array':
			return `list of ${typeOf(s.items ?? {})}${s.minItems ? `, at least ${s.minItems}` : ''}`;
		case 'object':
			return 'object';
		case 'integer':
			return s.minimum !== undefined && s.maximum !== undefined && s.maximum < 1e6 ? `whole number ${s.minimum}-${s.maximum}` : 'whole number';
		case 'number':
			return 'number';
		case 'boolean':
			return 'true or false';
		case 'string':
			if (s.pattern === KEBAB) return 'id (kebab-case)';
			if (s.format === 'date') return 'date (YYYY-MM-DD)';
			if (s.format === 'uri') return 'URL';
			return 'text';
		default:
			return 'any';
	}
}

function rows(schema: Json, prefix: string): FieldRow[] {
	const required = new Set(schema.required ?? []);
	return Object.entries(schema.properties ?? {}).flatMap(([key, field]) => {
		const path = prefix + key;
		const presence = required.has(key) ? 'required' : field.default !== undefined ? `default: ${JSON.stringify(field.default)}` : 'optional';
		const row = { path, type: typeOf(field), presence, description: field.description ?? '' };
		const nested = field.type === 'object' ? rows(field, `${path}.`) : field.type === 'array' && field.items?.type === 'object' ? rows(field.items, `${path}[].`) : [];
		return [row, ...nested];
	});
}

/** Every field of a schema, nested fields included, from its JSON Schema as the author writes it. */
export function fieldReference(schema: z.ZodType): FieldRow[] {
	return rows(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json, '');
}

/** The frontmatter schema of each page kind (Starlight's own fields, such as title, come on top). */
export const kindSchemas: Record<EntryKind, z.ZodType> = {
	skill: SkillSchema,
	phase: PhaseSchema,
	track: TrackSchema,
	role: RoleSchema,
	note: NoteSchema,
	project: ProjectSchema,
};

/** The item schema of each data file under content/data. */
export const dataSchemas = Object.values(dataFiles).map(({ file, item }) => ({ file, schema: item as z.ZodType }));
