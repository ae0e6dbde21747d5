import { z } from 'astro/zod';
import type { Problem } from '../errors/problem.ts';
import type { DataSets, EntryNode, PageNode } from '../graph/model.ts';
import type { Target } from '../graph/references.ts';
import { dataFiles } from '../schemas/data.ts';
import { roadmapDocsSchema } from '../schemas/docs.ts';
import { entryKinds } from '../schemas/entry.ts';
import { PageSchema } from '../schemas/page.ts';
import { kindSchemas } from '../schemas/reference.ts';
import type { RawPage } from './read-fs.ts';
import { starlightFieldProblems } from './starlight-fields.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { issuesToProblems } from './zod-problems.ts';

// Outside Astro there is no image pipeline; a hero image path is checked as a string.
const docsEntrySchema = roadmapDocsSchema({ image: () => z.string() } as never);

/** Validated content plus a way to find the line of any field in any file. */
export interface Validated {
	entries: EntryNode[];
	pages: PageNode[];
	data: DataSets;
	problems: Problem[];
	sources: Map<string, YamlSource>;
	/** Entries that failed validation but name a kind and an id: references to them are not reported again. */
	invalid: { kind: string; id: string }[];
	/** Targets whose whole file failed to parse (sources, plans): references to them were not checked. */
	unchecked?: Set<Target>;
}

/** The kind a page's folder stands for: `content/docs/skills/x.mdx` -> `skill`. */
export const kindOfFolder = (file: string): string | undefined => {
	const folder = /^content\/docs\/([^/]+)\//.exec(file)?.[1];
	return entryKinds.find((kind) => `${kind}s` === folder);
};

const KINDS = `${entryKinds.join(' | ')}`;

/** Fields only entries have (id, summary, prerequisites ...): on a page without `kind`, they mean `kind` is missing. */
const entryFields = new Set(
	Object.values(kindSchemas).flatMap((schema) => Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape)).filter((key) => !(key in PageSchema.shape)),
);

/** A top-level `key: value` line of YAML that did not parse, read without a parser. */
const topLevel = (text: string, key: string) => new RegExp(`^${key}:[ \\t]*['"]?([a-z0-9-]+)['"]?[ \\t]*(?:#.*)?\\r?$`, 'm').exec(text)?.[1];

/** Validates every page's frontmatter against the docs schema, collecting all problems. */
export function validatePages(raw: readonly RawPage[], into: Validated): void {
	for (const page of raw) {
		const href = page.slug ? `/${page.slug}/` : '/';
		if (page.frontmatter === undefined) {
			into.problems.push({ code: 'missing-field', file: page.file, line: 1, field: 'title', message: 'the page has no frontmatter', hint: 'Start the file with a frontmatter block: ---, title: ..., ---' });
			continue;
		}
		const { source, problems } = parseYamlSource(page.frontmatter, page.file, 2);
		if (!source) {
			// The file is reported once; entries that name it are not told its id is unknown.
			const id = topLevel(page.frontmatter, 'id');
			const kind = topLevel(page.frontmatter, 'kind') ?? kindOfFolder(page.file);
			// Even without an id, the kind tells the graph rules that an entry of it is missing (no "skill in no phase" cascade).
			if (kind) into.invalid.push({ kind, id: id ?? '' });
			into.problems.push(...problems.map((p) => ({ ...p, hint: `${p.hint} Until it parses nothing else in this file is checked${id ? `, and references to "${id}" from other files were not checked` : ''}.` })));
			continue;
		}
		into.problems.push(...problems);
		into.sources.set(page.file, source);
		const result = docsEntrySchema.safeParse(source.data, { reportInput: true });
		if (!result.success) {
			const found = issuesToProblems(result.error.issues, docsEntrySchema, page.file, source);
			const data = (source.data ?? {}) as { kind?: unknown; id?: unknown };
			const noKind = typeof data === 'object' && data !== null && data.kind === undefined;
			if (noKind && found.some((p) => p.code === 'unknown-key' && entryFields.has(p.field))) {
				// Without `kind` the page is read as a plain page, so every entry field looks unknown: say what is really missing.
				const guess = kindOfFolder(page.file);
				into.problems.push(
					{
						code: 'missing-field', file: page.file, line: 2, field: 'kind',
						message: `required field "kind" is missing, so the entry fields (${found.filter((p) => p.code === 'unknown-key').map((p) => p.field).join(', ')}) are not recognised`,
						hint: `Add \`kind: ${guess ?? '<kind>'}\` as the first field${guess ? ` (the file is in ${guess}s/)` : ''}. The kinds are: ${KINDS}. Only plain pages (guides, index pages) leave kind out.`,
					},
					...found.filter((p) => p.code !== 'unknown-key'),
				);
				if (guess && typeof data.id === 'string') into.invalid.push({ kind: guess, id: data.id });
				continue;
			}
			into.problems.push(...found);
			const { kind, id } = data;
			if (typeof kind === 'string' && typeof id === 'string') into.invalid.push({ kind, id });
			continue;
		}
		const data = result.data as { kind: string; id?: string; title: string };
		into.problems.push(...starlightFieldProblems(source.data, page.file, source));
		if (data.kind === 'page') into.pages.push({ title: data.title, href, file: page.file, body: page.body, bodyLine: page.bodyLine });
		else into.entries.push({ kind: data.kind, id: data.id!, title: data.title, href, file: page.file, data, body: page.body, bodyLine: page.bodyLine } as unknown as EntryNode);
	}
}

/** The targets a data file defines, whose references cannot be checked when it does not parse. */
const targetsOf: Partial<Record<keyof DataSets, Target>> = { sources: 'source', plans: 'plan' };

/**
 * Validates each data file item by item against its schema: a bad item is reported, the good ones are
 * kept, so one mistake does not turn every reference to the file into an "unknown" problem.
 * A missing file is an empty list.
 */
export function validateData(read: (name: string) => { file: string; text: string } | undefined, into: Validated): Record<keyof DataSets, string> {
	const files = {} as Record<keyof DataSets, string>;
	for (const [key, { file: name, item }] of Object.entries(dataFiles) as [keyof DataSets, (typeof dataFiles)[keyof DataSets]][]) {
		const raw = read(name);
		files[key] = raw?.file ?? `content/data/${name}`;
		if (!raw) continue;
		const { source, problems } = parseYamlSource(raw.text, raw.file);
		const target = targetsOf[key];
		if (!source) {
			if (target) (into.unchecked ??= new Set()).add(target);
			into.problems.push(...problems.map((p) => ({ ...p, hint: `${p.hint} Until it parses nothing else in this file is checked${target ? `, and references to its ${target}s from other files were not checked` : ''}.` })));
			continue;
		}
		into.problems.push(...problems);
		into.sources.set(raw.file, source);
		const schema = z.array(item as z.ZodType);
		const data = source.data ?? [];
		if (!Array.isArray(data)) {
			const result = schema.safeParse(data, { reportInput: true });
			if (!result.success) into.problems.push(...issuesToProblems(result.error.issues, schema, raw.file, source));
			if (target) (into.unchecked ??= new Set()).add(target);
			continue;
		}
		const valid: unknown[] = [];
		data.forEach((value, i) => {
			const result = (item as z.ZodType).safeParse(value, { reportInput: true });
			if (result.success) return valid.push(result.data);
			const issues = result.error.issues.map((issue) => ({ ...issue, path: [i, ...issue.path] }));
			into.problems.push(...issuesToProblems(issues as typeof result.error.issues, schema, raw.file, source));
			const id = (value as { id?: unknown } | null)?.id;
			if (target && typeof id === 'string') into.invalid.push({ kind: target, id });
		});
		(into.data[key] as unknown[]) = valid;
	}
	return files;
}
