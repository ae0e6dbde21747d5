import type { z } from 'astro/zod';
import { formatPath, type Problem } from '../errors/problem.ts';
import { didYouMean } from '../errors/suggest.ts';
import type { YamlSource } from './yaml-source.ts';

type Schema = z.core.$ZodType;
type Issue = z.core.$ZodIssue;

/** Strips wrappers (optional, default, pipe ...) down to the schema that describes the value. */
function unwrap(schema: Schema): Schema {
	let current = schema;
	for (;;) {
		const def = current._zod.def as { type: string; innerType?: Schema; in?: Schema };
		if (def.innerType) current = def.innerType;
		else if (def.type === 'pipe' && def.in) current = def.in;
		else return current;
	}
}

/** For a union keyed on `kind`, the option that matches the value's kind. */
function pickOption(options: readonly Schema[], value: unknown): Schema | undefined {
	const kind = (value as { kind?: unknown } | undefined)?.kind ?? 'page';
	return options.find((option) => {
		const shape = (unwrap(option)._zod.def as { shape?: Record<string, Schema> }).shape;
		const literal = shape?.kind && (unwrap(shape.kind)._zod.def as { values?: unknown[] }).values;
		return literal?.includes(kind);
	});
}

/** The schema at `path` inside `schema`, following the data so unions pick the right variant. */
export function schemaAt(schema: Schema, path: readonly PropertyKey[], data: unknown): Schema | undefined {
	let current: Schema | undefined = schema;
	let value = data;
	for (const key of [undefined, ...path]) {
		if (!current) return undefined;
		current = unwrap(current);
		const def = current._zod.def as { type: string; options?: Schema[] };
		if (def.type === 'union' && def.options) current = pickOption(def.options, value);
		if (key === undefined || !current) continue;
		const inner = unwrap(current)._zod.def as { type: string; shape?: Record<string, Schema>; element?: Schema };
		current = inner.type === 'object' ? inner.shape?.[String(key)] : inner.type === 'array' ? inner.element : undefined;
		value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
	}
	return current;
}

/** The `.describe()` text of a schema, looking through wrappers. */
export function describe(schema: Schema | undefined): string | undefined {
	let current = schema;
	while (current) {
		const text = (current as unknown as { description?: string }).description;
		if (text) return text;
		const def = current._zod.def as { innerType?: Schema };
		current = def.innerType;
	}
	return undefined;
}

const expected = (schema: Schema | undefined) => {
	const text = describe(schema);
	return text ? ` Expected: ${text}` : '';
};

/** Turns zod's issues for one file into author-facing problems. */
export function issuesToProblems(issues: readonly Issue[], schema: Schema, file: string, source: YamlSource): Problem[] {
	const problems: Problem[] = [];
	const data = source.data;
	for (const issue of issues) {
		const path = issue.path;
		const field = formatPath(path);
		const line = source.lineOf(path);
		const at = schemaAt(schema, path, data);
		switch (issue.code) {
			case 'invalid_type': {
				const missing = (issue as { input?: unknown }).input === undefined;
				problems.push(
					missing
						? { code: 'missing-field', file, line, field, message: 'required field is missing', hint: `Add \`${String(path.at(-1))}:\`.${expected(at)}` }
						: { code: 'invalid-type', file, line, field, message: `expected ${issue.expected}`, hint: `Write a ${issue.expected} here.${expected(at)}` },
				);
				break;
			}
			case 'invalid_value': {
				const values = issue.values.map(String);
				const input = String((issue as { input?: unknown }).input ?? '');
				problems.push({
					code: 'invalid-value',
					file,
					line,
					field,
					message: `"${input}" is not allowed`,
					hint: `${didYouMean(input, values)}Use one of: ${values.join(' | ')}.`,
				});
				break;
			}
			case 'unrecognized_keys': {
				const shape = (at && (unwrap(at)._zod.def as { shape?: Record<string, unknown> }).shape) ?? {};
				const known = Object.keys(shape);
				for (const key of issue.keys) {
					problems.push({
						code: 'unknown-key',
						file,
						line: source.lineOf([...path, key]),
						field: formatPath([...path, key]),
						message: `unknown field "${key}"`,
						hint: `${didYouMean(key, known)}Remove it, or use one of the known fields: ${known.join(', ')}.`,
					});
				}
				break;
			}
			case 'invalid_union': {
				const discriminator = (issue as { discriminator?: string }).discriminator;
				if (discriminator) {
					const kind = (data as Record<string, unknown>)[discriminator];
					problems.push({
						code: 'invalid-value',
						file,
						line: source.lineOf([discriminator]),
						field: discriminator,
						message: `"${String(kind)}" is not a page kind`,
						hint: `${didYouMean(String(kind), ['skill', 'phase', 'track', 'role', 'note', 'project', 'page'])}Use one of: skill | phase | track | role | note | project, or leave it out for a plain page.`,
					});
				} else {
					problems.push({ code: 'invalid-type', file, line, field, message: issue.message, hint: `Check the form of this field.${expected(at)}` });
				}
				break;
			}
			case 'invalid_format':
				problems.push({ code: 'invalid-format', file, line, field, message: issue.message, hint: `Write it in the expected form.${expected(at)}` });
				break;
			case 'too_small':
				if (issue.origin === 'string') {
					problems.push({ code: 'text-length', file, line, field, message: issue.message, hint: `Write the text.${expected(at)}` });
				} else problems.push({ code: 'too-few', file, line, field, message: issue.message, hint: `Add more.${expected(at)}` });
				break;
			case 'too_big':
				if (issue.origin === 'string') {
					const length = String((issue as { input?: unknown }).input ?? '').trim().length;
					problems.push({ code: 'text-length', file, line, field, message: `${issue.message} (it has ${length}; at most ${String(issue.maximum)})`, hint: `Shorten it to ${String(issue.maximum)} characters or fewer; move detail into the body.${expected(at)}` });
				} else problems.push({ code: 'invalid-value', file, line, field, message: issue.message, hint: `Correct the value.${expected(at)}` });
				break;
			case 'custom': {
				const params = (issue as { params?: { problem?: string } }).params;
				if (params?.problem === 'markup-in-text') {
					const input = String((issue as { input?: unknown }).input ?? '');
					const tag = /<[A-Za-z/!?][^\s>]{0,20}>?/.exec(input)?.[0] ?? '<';
					problems.push({
						code: 'markup-in-text', file, line, field,
						message: `must be plain text, but "${tag}" looks like an HTML tag`,
						hint: 'Write it without angle brackets (markup is not rendered in titles and text fields, and must never run). A lone "<" followed by a space or a digit, as in "a < b" or "<500 ms", is fine.',
					});
				} else problems.push({ code: 'invalid-value', file, line, field, message: issue.message, hint: `Correct the value.${expected(at)}` });
				break;
			}
			default:
				problems.push({ code: 'invalid-value', file, line, field, message: issue.message, hint: `Correct the value.${expected(at)}` });
		}
	}
	// A misspelt required key shows up twice (unknown "pitfals", missing "pitfalls"): keep only the first.
	const renamed = new Set(
		problems.filter((p) => p.code === 'unknown-key' && p.hint.startsWith('Did you mean')).map((p) => p.field.replace(/[^.[\]]+$/, '') + /"([^"]+)"/.exec(p.hint)![1]),
	);
	return problems.filter((p) => !(p.code === 'missing-field' && renamed.has(p.field)));
}
