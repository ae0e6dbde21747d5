import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from '../errors/problem.ts';

/** Parsed YAML that remembers where each value came from. */
export interface YamlSource {
	data: unknown;
	/** 1-based file line of the value at `path`, or of its nearest ancestor that exists. */
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

const SYNTAX_HINT = 'Fix the YAML syntax: check indentation, and quote text that contains ": " or starts with a special character.';

/** The text of the key a duplicate-key error points at, found in the parsed document. */
function duplicateKey(doc: Document, offset: number): string | undefined {
	let found: string | undefined;
	const visit = (node: unknown) => {
		if (found !== undefined) return;
		if (isMap(node)) {
			for (const pair of node.items) {
				const key = pair.key as Node | null;
				if (isScalar(key) && key.range && key.range[0] <= offset && offset < Math.max(key.range[1], key.range[0] + 1)) found = String(key.value);
				visit(pair.value);
			}
		} else if (isSeq(node)) node.items.forEach(visit);
	};
	visit(doc.contents);
	return found;
}

/** What quickParse returns when the text must be read carefully. */
const CAREFUL = Symbol('careful');

/**
 * Text that js-yaml and `yaml` could read differently, or that needs `yaml`'s careful handling: tabs,
 * anchors, aliases and tags (alias bombs), `__proto__` keys, and the scalars the two parsers type
 * differently (`0b101` is a number to js-yaml and text to `yaml`; `+.5` the other way round; `-0`).
 * A false match costs only speed.
 */
const RISKY = /\t|__proto__|(?:^|[\s[{,])[&*!]\S|\b0b[01]|[+-]\.\d|-0(?![\d.])/m;

/**
 * The data of YAML text read by js-yaml with the YAML 1.2 core schema (the parser Astro reads
 * frontmatter with): 7x faster than `yaml` on the site's 165 sources (37 ms against 260 ms) and equal
 * on every one of them. Only for text that both parsers read the same way and js-yaml reads without
 * complaint; anything else (any syntax error, a duplicate key) is CAREFUL, and goes to `yaml`, which
 * reports it with its line.
 */
function quickParse(text: string): unknown {
	if (RISKY.test(text)) return CAREFUL;
	try {
		return load(text, { schema: CORE_SCHEMA });
	} catch {
		return CAREFUL;
	}
}

/**
 * Parses YAML text that starts at `firstLine` of `file` (2 for frontmatter after `---`): quickly when it
 * can (quickParse), else carefully (parseCarefully). Line numbers are only needed to report a problem,
 * so after a quick parse they come from a careful one on first use.
 */
export function parseYamlSource(text: string, file: string, firstLine = 1): { source?: YamlSource; problems: Problem[] } {
	const data = quickParse(text);
	if (data === CAREFUL) return parseCarefully(text, file, firstLine);
	let careful: YamlSource | undefined;
	const lineOf = (path: readonly PropertyKey[]) => (careful ??= parseCarefully(text, file, firstLine).source)?.lineOf(path) ?? firstLine;
	return { source: { data: data ?? {}, lineOf }, problems: [] };
}

/**
 * Parses YAML text with `yaml`, remembering where each value came from.
 * Syntax errors come back as problems with their line, never as exceptions. Only the first syntax
 * error of a file is reported: the ones after it usually follow from it (a tab, an unclosed quote).
 * Aliases that expand into a huge document (an "alias bomb") are a problem too, not a crash.
 */
function parseCarefully(text: string, file: string, firstLine: number): { source?: YamlSource; problems: Problem[] } {
	const counter = new LineCounter();
	const line = (offset: number) => counter.linePos(offset).line + firstLine - 1;
	let doc: Document;
	try {
		doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
	} catch (error) {
		return { problems: [{ code: 'yaml-syntax', file, line: firstLine, field: '', message: `the YAML could not be read: ${String((error as Error)?.message ?? error).split('\n')[0]}`, hint: SYNTAX_HINT }] };
	}
	// A tab used as indentation is the most common cause; the parser may report it after a more confusing error.
	const tab = doc.errors.find((e) => e.code === 'TAB_AS_INDENT');
	const tabLine = text.split('\n').findIndex((l) => /^ *\t/.test(l));
	const [first, ...rest] = tab ? [tab, ...doc.errors.filter((e) => e !== tab)] : doc.errors;
	if (first && (tab || tabLine >= 0) && first.code !== 'DUPLICATE_KEY') {
		const at = tab ? line(tab.pos[0]) : tabLine + firstLine;
		const more = rest.length > 0 ? ` (${rest.length} more YAML error${rest.length === 1 ? '' : 's'} after it follow from it)` : '';
		return {
			problems: [{
				code: 'yaml-syntax', file, line: at, field: '',
				message: `line ${at} is indented with a tab; YAML accepts only spaces${more}`,
				hint: 'Replace the tab with spaces: nested fields are indented two spaces deeper than their parent.',
			}],
		};
	}
	if (first) {
		const more = rest.length > 0 ? ` (${rest.length} more YAML error${rest.length === 1 ? '' : 's'} after it probably follow from this one)` : '';
		if (first.code === 'DUPLICATE_KEY') {
			const key = duplicateKey(doc, first.pos[0]);
			const name = key === undefined ? 'a key' : `"${key}"`;
			return {
				problems: [{
					code: 'yaml-syntax', file, line: line(first.pos[0]), field: key ?? '',
					message: `the field ${name} appears twice in the same block${more}`,
					hint: `Keep one ${name}: delete the repeated line, or merge the two values into one. A YAML block cannot name a field twice.`,
				}],
			};
		}
		return { problems: [{ code: 'yaml-syntax', file, line: line(first.pos[0]), field: '', message: `${first.message.split('\n')[0] ?? 'invalid YAML'}${more}`, hint: SYNTAX_HINT }] };
	}
	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: 100 });
	} catch (error) {
		const message = String((error as Error)?.message ?? error).split('\n')[0] ?? '';
		const bomb = /alias/i.test(message);
		return {
			problems: [{
				code: 'yaml-syntax', file, line: firstLine, field: '',
				message: bomb ? 'the YAML expands its aliases (*name) into too large a document' : `the YAML could not be read: ${message}`,
				hint: bomb ? 'Write the values out instead of repeating anchors (&name) and aliases (*name); content files need no aliases.' : SYNTAX_HINT,
			}],
		};
	}
	const lineOf = (path: readonly PropertyKey[]) => {
		let node: unknown = doc.contents;
		let found = node as Node | null;
		for (const key of path) {
			if (isMap(node)) node = node.get(key as string, true);
			else if (isSeq(node)) node = node.get(key as number, true);
			else break;
			if (!node) break;
			found = node as Node;
		}
		const range = found?.range;
		return range ? line(range[0]) : firstLine;
	};
	return { source: { data: data ?? {}, lineOf }, problems: [] };
}
