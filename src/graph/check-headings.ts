import GithubSlugger from 'github-slugger';
import type { Problem } from '../errors/problem.ts';
import { generatedSections } from '../site/sections.ts';
import type { EntryNode } from './model.ts';

/** A Markdown heading in an MDX body: its text, the anchor Astro gives it, and its line in the body (0-based). */
export interface BodyHeading {
	text: string;
	slug: string;
	line: number;
}

/** Inline Markdown that is not part of a heading's text: links keep their label, emphasis and code marks go. */
const plain = (text: string) =>
	text
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`]/g, '')
		.trim();

/** The ATX headings of a body, outside code fences, with the anchors Astro's slugger gives them (deduplicated as it does). */
export function bodyHeadings(body: string): BodyHeading[] {
	const slugger = new GithubSlugger();
	const headings: BodyHeading[] = [];
	let fence: string | undefined;
	body.split('\n').forEach((line, i) => {
		const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (marker) {
			if (!fence) fence = marker[0]!;
			else if (marker[0] === fence) fence = undefined;
			return;
		}
		if (fence) return;
		const match = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
		if (!match) return;
		const text = plain(match[1]!);
		headings.push({ text, slug: slugger.slug(text), line: i });
	});
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
