import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../check/run-check.ts';
import { checkContentOnce } from './content-once.ts';
import type { RoadmapGraph } from '../graph/model.ts';

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
