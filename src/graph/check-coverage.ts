// Rules for content/data/roadmap-sh-coverage.yaml (src/schemas/coverage.ts), which zod cannot express
// because they need the other pages: every covered page exists, every #anchor is one of its headings,
// no node appears twice in a roadmap, and the declared node count matches the list.
import type { Problem } from '../errors/problem.ts';
import { formatPath } from '../errors/problem.ts';
import { didYouMean } from '../errors/suggest.ts';
import { generatedSections } from '../site/sections.ts';
import { bodyHeadings } from './check-headings.ts';
import type { Locate } from './check-graph.ts';
import type { EntryNode, RoadmapGraph } from './model.ts';

/** The page a coverage target names: a skill or a note (a skill wins if both had the id, which `duplicate-id` forbids). */
export function coveragePage(graph: RoadmapGraph, id: string): EntryNode<'skill'> | EntryNode<'note'> | undefined {
	return graph.entries.skill.get(id) ?? graph.entries.note.get(id);
}

/** Every anchor a page has: its body headings, as Astro slugs them, and the sections its kind generates. */
export function pageAnchors(entry: EntryNode): Set<string> {
	return new Set([...bodyHeadings(entry.body).map((h) => h.slug), ...generatedSections[entry.kind].map((s) => s.slug)]);
}

/** `skill-id#anchor` -> { id, anchor }. */
export const splitTarget = (target: string) => {
	const [id = '', anchor] = target.split('#', 2);
	return { id, anchor };
};

export function checkCoverage(graph: RoadmapGraph, file: string, locate: Locate): Problem[] {
	const problems: Problem[] = [];
	const at = (path: (string | number)[]) => ({ file, line: locate(file, path), field: formatPath(path) });
	const ids = [...graph.entries.skill.keys(), ...graph.entries.note.keys()];

	graph.data.coverage.forEach((roadmap, r) => {
		// The declared count: a list that lost or gained a node without the count following is a half-done update.
		if (roadmap.nodeCount !== roadmap.nodes.length) {
			problems.push({
				code: 'coverage-count-mismatch', ...at([r, 'nodeCount']),
				message: `roadmap "${roadmap.id}" declares ${roadmap.nodeCount} nodes but lists ${roadmap.nodes.length}`,
				hint: `Count the node files of ${roadmap.url} again: if the list is complete, set nodeCount: ${roadmap.nodes.length}; if not, add the missing nodes.`,
			});
		}

		// A node twice: by a shared file name, or by the same topic under two spellings of case.
		const bySlug = new Map<string, number>();
		const byTopic = new Map<string, number>();
		roadmap.nodes.forEach((node, n) => {
			const topic = node.topic.toLowerCase();
			const sameTopic = byTopic.get(topic);
			const shared = node.slugs.find((slug) => bySlug.has(slug));
			if (sameTopic !== undefined || shared !== undefined) {
				const first = sameTopic ?? bySlug.get(shared!)!;
				const why = sameTopic !== undefined ? `the topic "${node.topic}"` : `the node file "${shared}"`;
				problems.push({
					code: 'coverage-duplicate-node', ...at([r, 'nodes', n, sameTopic !== undefined ? 'topic' : 'slugs']),
					message: `${why} is already listed in roadmap "${roadmap.id}" as nodes[${first}] ("${roadmap.nodes[first]!.topic}", line ${locate(file, [r, 'nodes', first]) ?? '?'})`,
					hint: 'List each node once: merge the two entries (one topic, every file name in slugs) and lower nodeCount by one.',
				});
			}
			if (sameTopic === undefined) byTopic.set(topic, n);
			for (const slug of node.slugs) if (!bySlug.has(slug)) bySlug.set(slug, n);

			// Every covered page exists, and an anchor is one of its headings.
			(node.covered ?? []).forEach((target, c) => {
				const { id, anchor } = splitTarget(target);
				const page = coveragePage(graph, id);
				if (!page) {
					problems.push({
						code: 'coverage-unknown-page', ...at([r, 'nodes', n, 'covered', c]),
						message: `"${id}" is neither a skill nor a note`,
						hint: `${didYouMean(id, ids)}Use the permanent id of a skill in content/docs/skills/ or a note in content/docs/notes/ that teaches "${node.topic}", or mark the node outOfScope with a reason.`,
					});
					return;
				}
				if (anchor === undefined) return;
				const anchors = pageAnchors(page);
				if (anchors.has(anchor)) return;
				const suggestion = didYouMean(anchor, anchors);
				problems.push({
					code: 'coverage-unknown-anchor', ...at([r, 'nodes', n, 'covered', c]),
					message: `${page.href} has no heading with the anchor #${anchor}`,
					hint: `${suggestion}Use one of its anchors (${[...anchors].map((a) => `#${a}`).join(', ')}), drop the anchor to point at the whole page, or add the section to ${page.file}.`,
				});
			});
		});
	});
	return problems;
}
