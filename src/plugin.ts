import type { StarlightPlugin } from '@astrojs/starlight/types';
import { fileURLToPath } from 'node:url';
import { checkContent } from './check/run-check.ts';
import { diagramCache } from './diagram/render/cache-fs.ts';
import { renderingOff } from './diagram/render/jobs.ts';
import { prerenderDiagrams } from './diagram/render/prerender-fs.ts';
import { formatReport } from './errors/format.ts';
import { buildSidebar } from './sidebar/build-sidebar.ts';

/**
 * Wires the roadmap into Starlight: checks the content before Astro builds anything (so a forker
 * sees every problem with file, line and fix, and the build fails), and computes the sidebar from
 * the content graph. A build also renders every diagram to SVG here, in one browser session, before any
 * page renders; pages then read the cache (src/diagram/render/).
 */
export function roadmap(): StarlightPlugin {
	return {
		name: 'roadmap',
		hooks: {
			async 'config:setup'({ addIntegration, astroConfig, command, logger, updateConfig }) {
				const root = fileURLToPath(astroConfig.root);
				const { graph, problems } = checkContent(root);
				if (problems.length > 0) {
					const report = `Content check failed.\n\n${formatReport(problems)}`;
					// The dev server keeps running so the author can fix files and reload; a build must stop.
					if (command === 'build') throw new Error(report);
					logger.error(report);
				}
				updateConfig({ sidebar: buildSidebar(graph) });
				if (command !== 'build' || renderingOff()) return;
				const stats = await prerenderDiagrams(root, graph);
				logger.info(`diagrams: ${stats.diagrams} diagrams, ${stats.renders} renders (${stats.cached} cached, ${stats.rendered} rendered) in ${Math.round(stats.ms)} ms`);
				// After a successful build, drop cached renders that no diagram uses any more.
				addIntegration({
					name: 'roadmap-diagram-cache',
					hooks: { 'astro:build:done': () => void diagramCache(root).prune(stats.keys) },
				});
			},
		},
	};
}
