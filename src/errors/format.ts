import { helpUrl } from './catalogue.ts';
import type { Problem } from './problem.ts';

/** Sorts problems by file, then line, so the report reads top to bottom like the files. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** The one-line summary that ends every report: `Found 3 problems in 2 files.` */
export function summarize(problems: readonly Problem[]): string {
	if (problems.length === 0) return 'No problems found.';
	const files = new Set(problems.map((p) => p.file)).size;
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	return `Found ${plural(problems.length, 'problem')} in ${plural(files, 'file')}.`;
}

/**
 * Renders a report for a terminal or a CI log:
 *
 *   content/docs/skills/rag.mdx:7
 *     prerequisites[1]: unknown skill "rag-evals"
 *     fix: Did you mean "retrieval-evaluation"? ...
 *     help: /contributing/errors/#unknown-reference
 */
export function formatReport(problems: readonly Problem[]): string {
	const lines: string[] = [];
	for (const p of sortProblems(problems)) {
		lines.push(`${p.file}${p.line ? `:${p.line}` : ''}`);
		lines.push(`  ${p.field ? `${p.field}: ` : ''}${p.message}`);
		lines.push(`  fix: ${p.hint}`);
		lines.push(`  help: ${helpUrl(p.code)} [${p.code}]`);
		lines.push('');
	}
	lines.push(summarize(problems));
	return lines.join('\n');
}
