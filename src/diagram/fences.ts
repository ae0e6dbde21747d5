/** A ```mermaid fence in a Markdown file. */
export interface MermaidFence {
	/** 1-based line of the opening fence in the file. */
	line: number;
	source: string;
}

/** The form in which a fence's source is hashed and rendered, whoever read it (this scan or the Markdown parser). */
export const normalizeSource = (source: string): string => source.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();

/**
 * Finds ```mermaid (or ~~~mermaid) fences in a Markdown file, so the build can render them all before
 * any page. A simple line scan: fences inside other fences are not Markdown's concern here.
 */
export function findMermaidFences(text: string): MermaidFence[] {
	const lines = text.split(/\r?\n/);
	const fences: MermaidFence[] = [];
	for (let i = 0; i < lines.length; i++) {
		const open = /^ {0,3}(`{3,}|~{3,})\s*mermaid\b/.exec(lines[i]!);
		if (!open) continue;
		const marker = open[1]!;
		const end = lines.findIndex((l, j) => j > i && l.trim().startsWith(marker[0]!.repeat(marker.length)) && /^\s*[`~]+\s*$/.test(l));
		const last = end === -1 ? lines.length : end;
		fences.push({ line: i + 1, source: normalizeSource(lines.slice(i + 1, last).join('\n')) });
		i = last;
	}
	return fences;
}

/**
 * The permanent id of an author's diagram: `fence-<file>:<n>`, n counting the file's mermaid fences from 1.
 * Its full-size page lives at a URL made from it (src/diagram/fit.ts), so it must not move when lines are
 * added above the fence (a frontmatter field, a paragraph), as a line number would.
 */
export const fenceId = (file: string, n: number): string => `fence-${file}:${n}`;

/** The 1-based position, among the file's mermaid fences, of the fence that opens on `line`; 0 when none does. */
export const fenceOrdinal = (text: string, line: number): number => findMermaidFences(text).findIndex((f) => f.line === line) + 1;

/** The accessible name of an author's diagram: its `accTitle`, else the first few node labels. */
export function fenceTitle(source: string, nodeLabels: readonly string[]): string {
	const accTitle = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
	if (accTitle) return accTitle;
	if (nodeLabels.length === 0) return 'Diagram';
	const shown = nodeLabels.slice(0, 4).join(', ');
	return `Diagram: ${shown}${nodeLabels.length > 4 ? ` and ${nodeLabels.length - 4} more` : ''}`;
}
