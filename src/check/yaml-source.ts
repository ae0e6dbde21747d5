import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from '../errors/problem.ts';

/** Parsed YAML that remembers where each value came from. */
export interface YamlSource {
	data: unknown;
	/** 1-based file line of the value at `path`, or of its nearest ancestor that exists. */
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML text that starts at `firstLine` of `file` (2 for frontmatter after `---`).
 * Syntax errors come back as problems with their line, never as exceptions.
 */
export function parseYamlSource(text: string, file: string, firstLine = 1): { source?: YamlSource; problems: Problem[] } {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
	const line = (offset: number) => counter.linePos(offset).line + firstLine - 1;
	if (doc.errors.length > 0) {
		return {
			problems: doc.errors.map((error) => ({
				code: 'yaml-syntax' as const,
				file,
				line: line(error.pos[0]),
				field: '',
				message: error.message.split('\n')[0] ?? 'invalid YAML',
				hint: 'Fix the YAML syntax: check indentation, and quote text that contains ": " or starts with a special character.',
			})),
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
	return { source: { data: doc.toJS() ?? {}, lineOf }, problems: [] };
}
