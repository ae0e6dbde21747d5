import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../check/run-check.ts';
import { checkContentOnce } from './content-once.ts';
import type { RoadmapGraph } from '../graph/model.ts';
import { readRedirects } from '../links/lock-fs.ts';
import { idAliases } from '../links/lock-ids.ts';

let cached: RoadmapGraph | undefined;

/**
 * The content graph for pages. Built once per build (the same check the plugins ran at start-up, see
 * checkContentOnce); in dev, rebuilt on each request so edits show on reload. Problems were already
 * reported (and failed the build) by the plugin in src/plugin.ts.
 */
export function getGraph(): RoadmapGraph {
	if (import.meta.env.DEV) return checkContent(fileURLToPath(root)).graph;
	cached ??= checkContentOnce(fileURLToPath(root)).graph;
	return cached;
}

let aliasesCached: Record<string, string> | undefined;

/**
 * Retired skill ids -> the skill ids that replaced them (`ids:` in content/data/redirects.yaml), for the
 * progress island: a reader's marks under an old id count for the new one. Only skills carry progress.
 */
export function getSkillIdAliases(): Record<string, string> {
	if (!aliasesCached || import.meta.env.DEV) {
		const skills = getGraph().entries.skill;
		const all = idAliases(readRedirects(fileURLToPath(root)).redirects);
		aliasesCached = Object.fromEntries(Object.entries(all).filter(([, to]) => skills.has(to)));
	}
	return aliasesCached;
}
