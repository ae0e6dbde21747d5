import type { Problem } from '../errors/problem.ts';
import { buildGraph } from '../graph/build-graph.ts';
import { checkGraph } from '../graph/check-graph.ts';
import { emptyData, type RoadmapGraph } from '../graph/model.ts';
import { readDataFile, readPages } from './read-fs.ts';
import { validateData, validatePages, type Validated } from './validate.ts';

export interface CheckResult {
	graph: RoadmapGraph;
	problems: Problem[];
}

/**
 * The whole content check, as `npm run check` and the build run it:
 * read content/ -> validate each file (zod) -> build the graph -> check the rules that span files.
 */
export function checkContent(root: string): CheckResult {
	const validated: Validated = { entries: [], pages: [], data: emptyData(), problems: [], sources: new Map(), invalid: [] };
	validatePages(readPages(root), validated);
	const dataFiles = validateData((name) => readDataFile(root, name), validated);
	const graph = buildGraph(validated.entries, validated.pages, validated.data);
	const locate = (file: string, path: readonly (string | number)[]) => validated.sources.get(file)?.lineOf(path);
	const problems = [...validated.problems, ...checkGraph(graph, validated.entries, dataFiles, locate, validated.invalid)];
	return { graph, problems };
}
