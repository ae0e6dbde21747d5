import { parse } from 'yaml';

/** One file's text, already split where it matters: YAML parts are parsed, prose is scanned as is. */
export interface ContentText {
	file: string;
	/** YAML text (a page's frontmatter or a data file): its string values are scanned after parsing. */
	yaml?: string;
	/** Markdown or MDX prose, scanned as written. */
	prose?: string;
}

// An absolute http(s) URL up to whitespace, a quote, a bracket or a closing parenthesis, as written in
// Markdown links, autolinks and YAML values. Trailing sentence punctuation is trimmed afterwards.
const URL_RE = /https?:\/\/[^\s"'<>()[\]`]+/g;

/** Every string value in a parsed YAML document, depth first. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

function urlsIn(text: string): string[] {
	return [...text.matchAll(URL_RE)].map((m) => m[0].replace(/[.,;:!?]+$/, ''));
}

/**
 * Every external URL the content links to, each with the files that use it, sorted by URL.
 * YAML is parsed first, so escapes in quoted strings (`\x2D`) yield the URL a reader gets.
 */
export function externalUrls(texts: readonly ContentText[]): Map<string, string[]> {
	const found = new Map<string, Set<string>>();
	for (const { file, yaml, prose } of texts) {
		let yamlStrings: string[] = [];
		try {
			yamlStrings = yaml ? strings(parse(yaml)) : [];
		} catch {
			yamlStrings = yaml ? [yaml] : []; // invalid YAML is the content check's job; still scan the raw text
		}
		for (const url of [...yamlStrings, prose ?? ''].flatMap(urlsIn)) {
			if (!found.has(url)) found.set(url, new Set());
			found.get(url)!.add(file);
		}
	}
	return new Map([...found].sort(([a], [b]) => a.localeCompare(b)).map(([url, files]) => [url, [...files].sort()]));
}
