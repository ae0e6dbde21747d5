import type { StarlightPlugin } from '@astrojs/starlight/types';
import { fileURLToPath } from 'node:url';
import { checkContent } from './check/run-check.ts';
import { formatReport } from './errors/format.ts';
import { buildSidebar } from './sidebar/build-sidebar.ts';

/**
 * Wires the roadmap into Starlight: checks the content before Astro builds anything (so a forker
 * sees every problem with file, line and fix, and the build fails), and computes the sidebar from
 * the content graph.
 */
export function roadmap(): StarlightPlugin {
	return {
		name: 'roadmap',
		hooks: {
			'config:setup'({ astroConfig, command, logger, updateConfig }) {
				const root = fileURLToPath(astroConfig.root);
				const { graph, problems } = checkContent(root);
				if (problems.length > 0) {
					const report = `Content check failed.\n\n${formatReport(problems)}`;
					// The dev server keeps running so the author can fix files and reload; a build must stop.
					if (command === 'build') throw new Error(report);
					logger.error(report);
				}
				updateConfig({ sidebar: buildSidebar(graph) });
			},
		},
	};
}
