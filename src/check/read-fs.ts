import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from '../errors/problem.ts';

/** A content page as read from disk, before any parsing. */
export interface RawPage {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	/** URL path without slashes around it, e.g. `skills/rag-fundamentals`; `` for the home page. */
	slug: string;
	frontmatter: string | undefined;
	body: string;
	/** 1-based line of the file on which the body starts, so body problems can name their line. */
	bodyLine?: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A problem for a file or folder the check could not read; reading never throws. */
const unreadable = (file: string, error: unknown): Problem => ({
	code: 'unreadable-file',
	file,
	line: undefined,
	field: '',
	message: `could not be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
	hint: 'Check that the file exists, is readable and is saved as UTF-8 text. Nothing in it was checked.',
});

/**
 * Splits one page's text into frontmatter and body. A byte-order mark at the start is dropped, as
 * Astro does, and CRLF line endings are accepted.
 */
export function splitPage(file: string, slug: string, raw: string): RawPage {
	const text = raw.replace(/^\uFEFF/, '');
	const match = FRONTMATTER.exec(text);
	return {
		file,
		slug,
		frontmatter: match?.[1],
		body: match ? text.slice(match[0].length) : text,
		bodyLine: match ? match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1 : 1,
	};
}

/**
 * Reads every .md/.mdx page under `<root>/content/docs`, skipping files that start with `_` as Starlight does.
 * A file or folder that cannot be read becomes a problem in `problems`, never an exception.
 */
export function readPages(root: string, problems: Problem[] = []): RawPage[] {
	const docs = join(root, 'content', 'docs');
	const pages: RawPage[] = [];
	let entries: Dirent[] = [];
	try {
		entries = readdirSync(docs, { recursive: true, withFileTypes: true });
	} catch (error) {
		problems.push(unreadable('content/docs', error));
		return pages;
	}
	for (const entry of entries) {
		if (!entry.isFile() || !/\.mdx?$/.test(entry.name) || entry.name.startsWith('_')) continue;
		const path = join(entry.parentPath, entry.name);
		const file = relative(root, path).replaceAll('\\', '/');
		const slug = relative(docs, path).replaceAll('\\', '/').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
		try {
			pages.push(splitPage(file, slug.toLowerCase(), readFileSync(path, 'utf8')));
		} catch (error) {
			problems.push(unreadable(file, error));
		}
	}
	return pages.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Reads one YAML data file under `<root>/content/data`, or undefined if it does not exist. A file that
 * exists but cannot be read becomes a problem.
 */
export function readDataFile(root: string, name: string, problems: Problem[] = []): { file: string; text: string } | undefined {
	const path = join(root, 'content', 'data', name);
	const file = relative(root, path).replaceAll('\\', '/');
	try {
		return { file, text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
	} catch (error) {
		if ((error as { code?: string }).code !== 'ENOENT') problems.push(unreadable(file, error));
		return undefined;
	}
}

/**
 * Files that publish the same URL (`notes/x.mdx` and `notes/x/index.mdx`, or `x.md` next to `x.mdx`):
 * only one of them can be served, so every file after the first is a problem.
 */
export function duplicateUrls(pages: readonly RawPage[]): Problem[] {
	const first = new Map<string, string>();
	const problems: Problem[] = [];
	for (const page of pages) {
		const owner = first.get(page.slug);
		if (!owner) {
			first.set(page.slug, page.file);
			continue;
		}
		problems.push({
			code: 'duplicate-url',
			file: page.file,
			line: 1,
			field: '',
			message: `publishes /${page.slug ? `${page.slug}/` : ''}, which ${owner} publishes too`,
			hint: `Keep one of the two files: delete or merge this one into ${owner}, or rename it so it gets its own URL.`,
		});
	}
	return problems;
}
