import type { ProblemCode } from './catalogue.ts';

/**
 * One problem in the content, in four parts: what (field + message), where (file + line),
 * what to do (hint), and the code that links to its contributor page.
 */
export interface Problem {
	code: ProblemCode;
	/** Path relative to the project root, e.g. `content/docs/skills/rag.mdx`. */
	file: string;
	/** 1-based line in the file, where known. */
	line?: number | undefined;
	/** Field path, e.g. `prerequisites[1]` or `resources[0].url`. Empty for whole-file problems. */
	field: string;
	/** What is wrong. */
	message: string;
	/** What to do: the valid values, the expected form or the corrected value. */
	hint: string;
}

/** Formats a zod-style path (`['resources', 0, 'url']`) as `resources[0].url`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
		.join('');
}
