import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Problem } from '../errors/problem.ts';
import { generatedSections } from '../site/sections.ts';
import type { EntryNode } from './model.ts';

/** A Markdown heading in an MDX body: its text, the anchor Astro gives it, and its line in the body (0-based). */
export interface BodyHeading {
	text: string;
	slug: string;
	line: number;
}

/**
 * Parses an MDX body with the parser Astro renders it with (Sätteri, in Rust: 11 ms for every body of the
 * site, where micromark took 220 ms, the largest part of the content check); a body MDX cannot parse is
 * read as plain CommonMark. Never throws.
 */
export function parseBody(body: string): Root {
	const cached = parsed.get(body);
	if (cached) return cached;
	const tree = parse(body);
	if (parsed.size >= 1000) parsed.clear();
	parsed.set(body, tree);
	return tree;
}

/** Parsed bodies: the heading rule, the link rule and the anchor lookup all read the same trees. Never mutated. */
const parsed = new Map<string, Root>();

function parse(body: string): Root {
	try {
		return mdxToMdast(body) as Root;
	} catch {
		try {
			return markdownToMdast(body) as Root;
		} catch {
			return { type: 'root', children: [] };
		}
	}
}

/** Every node of a Markdown tree, depth first. */
export function* walk(node: Nodes): Generator<Nodes> {
	yield node;
	if ('children' in node) for (const child of node.children as Nodes[]) yield* walk(child);
}

/**
 * The headings of a body as the Markdown parser sees them (ATX `## x` and setext `x` underlined with
 * `---` or `===`; not in code blocks), with the anchors Astro's slugger gives them, deduplicated as it does.
 */
export function bodyHeadings(body: string): BodyHeading[] {
	const slugger = new GithubSlugger();
	const headings: BodyHeading[] = [];
	for (const node of walk(parseBody(body))) {
		if (node.type !== 'heading') continue;
		const text = toString(node).trim();
		headings.push({ text, slug: slugger.slug(text), line: (node.position?.start.line ?? 1) - 1 });
	}
	return headings;
}

/**
 * A heading in the body must not take the anchor of a section the page generates after the body
 * ("Pitfalls", "Sources" ...): the page would have two elements with one id, and a link to the
 * section would land on whichever comes first.
 */
export function checkReservedHeadings(entries: readonly EntryNode[]): Problem[] {
	return entries.flatMap((entry) => {
		const reserved = new Map(generatedSections[entry.kind].map((s) => [s.slug, s.text]));
		return bodyHeadings(entry.body)
			.filter((h) => reserved.has(h.slug))
			.map((h) => ({
				code: 'reserved-heading' as const,
				file: entry.file,
				line: entry.bodyLine === undefined ? undefined : entry.bodyLine + h.line,
				field: `heading "${h.text}"`,
				message: `the anchor #${h.slug} is already used by the generated section "${reserved.get(h.slug)}" of every ${entry.kind} page`,
				hint: `Rename the heading (for example "${h.text} in practice"), or drop it and let the generated section carry that content. Reserved on ${entry.kind} pages: ${[...reserved.keys()].map((s) => `#${s}`).join(', ')}.`,
			}));
	});
}
