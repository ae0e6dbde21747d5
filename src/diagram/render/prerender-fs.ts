import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RoadmapGraph } from '../../graph/model.ts';
import { siteDiagrams } from '../all-diagrams.ts';
import { findMermaidFences } from '../fences.ts';
import { openSession } from './browser-fs.ts';
import { diagramCache } from './cache-fs.ts';
import { chromiumFix, findChromium } from './find-chromium.ts';
import { jobsFor } from './jobs.ts';
import type { RenderJob } from './rendered.ts';

/** A diagram source and where it comes from, for error messages. */
interface Target {
	source: string;
	/** `content/docs/notes/rag.mdx:23` for a fence, `generated diagram "overview"` otherwise. */
	origin: string;
	fence: boolean;
}

export interface PrerenderStats {
	/** Cache keys of every render the site uses, for pruning the rest. */
	keys: Set<string>;
	diagrams: number;
	renders: number;
	cached: number;
	rendered: number;
	ms: number;
}

/** Every diagram source of the site: the generated ones, then each ```mermaid fence with its file and line. */
export function collectTargets(root: string, graph: RoadmapGraph): Target[] {
	const generated = siteDiagrams(graph).map((d) => ({ source: d.source, origin: `generated diagram "${d.id}"`, fence: false }));
	const files = [...new Set([...Object.values(graph.entries).flatMap((m) => [...m.values()].map((e) => e.file)), ...graph.pages.map((p) => p.file)])];
	const fences = files.flatMap((file) => findMermaidFences(readFileSync(join(root, file), 'utf8')).map((f) => ({ source: f.source, origin: `${file}:${f.line}`, fence: true })));
	return [...generated, ...fences];
}

/**
 * Renders every diagram the build will need, both themes, in one browser and one page, before Astro
 * renders any page; pages then only read the cache. Cached diagrams are never rendered again. Throws
 * one error listing every diagram that failed, or the fix when no browser is found.
 */
export async function prerenderDiagrams(root: string, graph: RoadmapGraph, env: NodeJS.ProcessEnv = process.env): Promise<PrerenderStats> {
	const started = performance.now();
	const cache = diagramCache(root);
	const targets = collectTargets(root, graph);
	const jobs = new Map<string, { job: RenderJob; origin: string }>();
	for (const target of targets) for (const job of Object.values(jobsFor(target.source, target.fence))) jobs.set(job.key, { job, origin: target.origin });
	const missing = [...jobs.values()].filter(({ job }) => !cache.has(job.key));

	const chromium = findChromium(env);
	const stats = { keys: new Set(jobs.keys()), diagrams: targets.length, renders: jobs.size, cached: jobs.size - missing.length, rendered: 0 };
	if (!chromium && (missing.length > 0 || env.CI === 'true')) {
		const why = env.CI === 'true' ? 'CI=true, where every build renders its diagrams' : `${missing.length} of ${jobs.size} diagram renders are not cached`;
		throw new Error(`Cannot render diagrams: no Chromium found (${why}).\n  fix: ${chromiumFix}`);
	}
	if (missing.length === 0) return { ...stats, ms: performance.now() - started };

	// One browser, one page, batches of jobs: start-up is paid once per build.
	const session = await openSession(chromium!);
	const failures: string[] = [];
	try {
		for (let i = 0; i < missing.length; i += 25) {
			const batch = missing.slice(i, i + 25);
			for (const outcome of await session.render(batch.map((b) => b.job))) {
				if (outcome.ok) cache.write(outcome.key, outcome.rendered);
				else failures.push(`${jobs.get(outcome.key)!.origin}\n  invalid mermaid diagram: ${outcome.error.replace(/\n/g, '\n  ')}`);
			}
		}
	} finally {
		await session.close();
	}
	if (failures.length > 0) {
		const unique = [...new Set(failures)];
		throw new Error(`Diagram rendering failed.\n\n${unique.join('\n\n')}\n\nFound ${unique.length} invalid diagram${unique.length === 1 ? '' : 's'}.`);
	}
	return { ...stats, rendered: missing.length, ms: performance.now() - started };
}
