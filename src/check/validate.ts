import { z } from 'astro/zod';
import type { Problem } from '../errors/problem.ts';
import type { DataSets, EntryNode, PageNode } from '../graph/model.ts';
import { dataFiles } from '../schemas/data.ts';
import { roadmapDocsSchema } from '../schemas/docs.ts';
import type { RawPage } from './read-fs.ts';
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
}

/** Validates every page's frontmatter against the docs schema, collecting all problems. */
export function validatePages(raw: readonly RawPage[], into: Validated): void {
	for (const page of raw) {
		const href = page.slug ? `/${page.slug}/` : '/';
		if (page.frontmatter === undefined) {
			into.problems.push({ code: 'missing-field', file: page.file, line: 1, field: 'title', message: 'the page has no frontmatter', hint: 'Start the file with a frontmatter block: ---, title: ..., ---' });
			continue;
		}
		const { source, problems } = parseYamlSource(page.frontmatter, page.file, 2);
		into.problems.push(...problems);
		if (!source) continue;
		into.sources.set(page.file, source);
		const result = docsEntrySchema.safeParse(source.data, { reportInput: true });
		if (!result.success) {
			into.problems.push(...issuesToProblems(result.error.issues, docsEntrySchema, page.file, source));
			const { kind, id } = (source.data ?? {}) as { kind?: unknown; id?: unknown };
			if (typeof kind === 'string' && typeof id === 'string') into.invalid.push({ kind, id });
			continue;
		}
		const data = result.data as { kind: string; id?: string; title: string };
		if (data.kind === 'page') into.pages.push({ title: data.title, href, file: page.file, body: page.body });
		else into.entries.push({ kind: data.kind, id: data.id!, title: data.title, href, file: page.file, data, body: page.body, bodyLine: page.bodyLine } as unknown as EntryNode);
	}
}

/** Validates each data file as a list of items of its schema. A missing file is an empty list. */
export function validateData(read: (name: string) => { file: string; text: string } | undefined, into: Validated): Record<keyof DataSets, string> {
	const files = {} as Record<keyof DataSets, string>;
	for (const [key, { file: name, item }] of Object.entries(dataFiles) as [keyof DataSets, (typeof dataFiles)[keyof DataSets]][]) {
		const raw = read(name);
		files[key] = raw?.file ?? `content/data/${name}`;
		if (!raw) continue;
		const { source, problems } = parseYamlSource(raw.text, raw.file);
		into.problems.push(...problems);
		if (!source) continue;
		into.sources.set(raw.file, source);
		const schema = z.array(item as z.ZodType);
		const result = schema.safeParse(source.data ?? [], { reportInput: true });
		if (result.success) (into.data[key] as unknown[]) = result.data;
		else into.problems.push(...issuesToProblems(result.error.issues, schema, raw.file, source));
	}
	return files;
}
