import type { Problem } from '../errors/problem.ts';
import { buildGraph } from '../graph/build-graph.ts';
import { checkBodyLinks } from '../graph/check-body-links.ts';
import { checkGraph } from '../graph/check-graph.ts';
import { emptyData, type RoadmapGraph } from '../graph/model.ts';
import { checkLockedUrls, checkLockIds } from '../links/lock-ids.ts';
import { readLockChecked, readRedirects } from '../links/lock-fs.ts';
import type { Redirects } from '../schemas/redirects.ts';
import { duplicateUrls, readDataFile, readPages } from './read-fs.ts';
import { validateData, validatePages, type Validated } from './validate.ts';

export interface CheckResult {
	graph: RoadmapGraph;
	problems: Problem[];
	/** content/data/redirects.yaml, validated (empty when it has problems). */
	redirects: Redirects;
}

/** Rules that need the built HTML, so only `astro build` applies them; `npm run check` says so in its output. */
export const buildOnlyRules = [
	'links inside generated diagrams, tables and components',
	'published #anchors in content/data/links.lock.json still resolving (missing-anchor), and published URLs outside the folders of content/docs (missing-url)',
	'anchor aliases in redirects.yaml landing on an existing heading',
	'new pages or headings missing from the link lock (stale-link-lock)',
] as const;

/**
 * The whole content check, as `npm run check` and the build run it:
 * read content/ -> validate each file (zod) -> build the graph -> check the rules that span files,
 * body links, redirects.yaml and the permanent ids recorded in the link lock. Never throws: every
 * failure to read or parse a file is a problem in the report.
 */
export function checkContent(root: string): CheckResult {
	const validated: Validated = { entries: [], pages: [], data: emptyData(), problems: [], sources: new Map(), invalid: [] };
	let graph = buildGraph([], [], emptyData());
	let redirects: Redirects = { pages: [], anchors: [], ids: [] };
	try {
		const raw = readPages(root, validated.problems);
		validated.problems.push(...duplicateUrls(raw));
		validatePages(raw, validated);
		const dataFiles = validateData((name) => readDataFile(root, name, validated.problems), validated);
		graph = buildGraph(validated.entries, validated.pages, validated.data);
		const locate = (file: string, path: readonly (string | number)[]) => validated.sources.get(file)?.lineOf(path);
		validated.problems.push(...checkGraph(graph, validated.entries, dataFiles, locate, validated.invalid, validated.unchecked));
		const read = readRedirects(root);
		redirects = read.redirects;
		validated.problems.push(...read.problems);
		const lock = readLockChecked(root);
		validated.problems.push(...lock.problems);
		const existing = new Set(raw.map((page) => (page.slug ? `/${page.slug}/` : '/')));
		validated.problems.push(...checkBodyLinks(graph, redirects, (path) => lock.lock.pages[path]?.anchors ?? [], existing));
		// `npm run links:update` rewrites the lock: that is how a deliberate removal is recorded, so it is not held to the old one.
		if (process.env.ROADMAP_LINKS_UPDATE !== '1') {
			validated.problems.push(...checkLockIds(lock.lock, graph, redirects, validated.invalid, read.locate, locate));
			validated.problems.push(...checkLockedUrls(lock.lock, graph, redirects, existing, validated.invalid, read.locate));
		}
	} catch (error) {
		// A bug in a rule must not hide the problems found so far, nor crash the check with a stack trace.
		validated.problems.push({
			code: 'check-stopped', file: 'content', field: '',
			message: `the check stopped early: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
			hint: 'This is a bug in the check, not in your content: please report it with the file you changed last. The problems above were found before it stopped.',
		});
	}
	return { graph, problems: validated.problems, redirects };
}
