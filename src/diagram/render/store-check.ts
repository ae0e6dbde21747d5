import type { RoadmapGraph } from '../../graph/model.ts';
import { uncovered } from './palette.ts';
import { siteJobs } from './prerender-fs.ts';
import type { Rendered } from './rendered.ts';
import { renderStore, STORE_DIR, type BadEntry } from './store-fs.ts';

/** What the committed render store lacks for the content as it is, without rendering anything. */
export interface StoreCoverage {
	/** Every store key the site needs (the same keys a build computes). */
	needed: string[];
	/** Needed renders that are absent, each with the first diagram that needs it. */
	missing: { key: string; file: string; origin: string }[];
	/** Needed entries that exist but do not parse. */
	bad: BadEntry[];
	/** Colours the needed renders use that have no dark value in palette.json. */
	darkless: string[];
}

/**
 * Compares the content's diagrams with the committed store exactly as the build does (same targets,
 * same keys: src/diagram/render/prerender-fs.ts), so a test can fail before a build would.
 */
export function storeCoverage(root: string, graph: RoadmapGraph): StoreCoverage {
	const store = renderStore(root);
	const jobs = siteJobs(root, graph);
	const present: Rendered[] = [];
	const missing: StoreCoverage['missing'] = [];
	for (const [key, { origin }] of jobs) {
		const r = store.read(key);
		if (r) present.push(r);
		else if (!store.bad.some((b) => b.file.endsWith(`${key}.json`))) missing.push({ key, file: `${STORE_DIR}/renders/${key}.json`, origin });
	}
	return { needed: [...jobs.keys()], missing, bad: [...store.bad], darkless: uncovered(present.flatMap((r) => r.colours), store.readPalette()) };
}
