import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

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

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Reads every .md/.mdx page under `<root>/content/docs`, skipping files that start with `_` as Starlight does. */
export function readPages(root: string): RawPage[] {
	const docs = join(root, 'content', 'docs');
	const pages: RawPage[] = [];
	for (const entry of readdirSync(docs, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.mdx?$/.test(entry.name) || entry.name.startsWith('_')) continue;
		const path = join(entry.parentPath, entry.name);
		const text = readFileSync(path, 'utf8');
		const match = FRONTMATTER.exec(text);
		const slug = relative(docs, path).replaceAll('\\', '/').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
		pages.push({
			file: relative(root, path).replaceAll('\\', '/'),
			slug: slug.toLowerCase(),
			frontmatter: match?.[1],
			body: match ? text.slice(match[0].length) : text,
			bodyLine: match ? match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1 : 1,
		});
	}
	return pages.sort((a, b) => a.file.localeCompare(b.file));
}

/** Reads one YAML data file under `<root>/content/data`, or undefined if it does not exist. */
export function readDataFile(root: string, name: string): { file: string; text: string } | undefined {
	const path = join(root, 'content', 'data', name);
	try {
		return { file: relative(root, path).replaceAll('\\', '/'), text: readFileSync(path, 'utf8') };
	} catch {
		return undefined;
	}
}
