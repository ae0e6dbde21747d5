import type { StarlightPlugin } from '@astrojs/starlight/types';
import { fileURLToPath } from 'node:url';
import { checkContentOnce } from './site/content-once.ts';
import { renderStore } from './diagram/render/store-fs.ts';
import { renderingOff } from './diagram/render/jobs.ts';
import { prerenderDiagrams } from './diagram/render/prerender-fs.ts';
import { formatReport } from './errors/format.ts';
import { buildSidebar } from './sidebar/build-sidebar.ts';

/**
 * Wires the roadmap into Starlight: checks the content before Astro builds anything (so a forker
 * sees every problem with file, line and fix, and the build fails), and computes the sidebar from
 * the content graph. A build also renders every diagram to SVG here, in one browser session, before any
 * page renders; pages then read the committed render store (diagrams/, src/diagram/render/).
 */
export function roadmap(): StarlightPlugin {
	return {
		name: 'roadmap',
		hooks: {
			async 'config:setup'({ addIntegration, astroConfig, command, logger, updateConfig }) {
				const root = fileURLToPath(astroConfig.root);
				const { graph, problems } = checkContentOnce(root);
				if (problems.length > 0) {
					const report = `Content check failed.\n\n${formatReport(problems)}`;
					// The dev server keeps running so the author can fix files and reload; a build must stop.
					if (command === 'build') throw new Error(report);
					logger.error(report);
				}
				updateConfig({ sidebar: buildSidebar(graph) });
				// One page per diagram too wide for a phone at 12 px labels: the diagram at full size (src/diagram/fit.ts).
				// The address of a diagram that fits leads to the page that shows it: a redirect page, written with
				// the other redirects (src/links/plugin.ts).
				addIntegration({
					name: 'roadmap-diagram-pages',
					hooks: {
						'astro:config:setup'({ injectRoute }) {
							injectRoute({ pattern: '/diagrams/[slug]', entrypoint: new URL('./components/diagrams/FullSizePage.astro', import.meta.url), prerender: true });
						},
					},
				});
				if (command !== 'build' || renderingOff()) return;
				const stats = await prerenderDiagrams(root, graph);
				for (const bad of stats.bad) logger.warn(`diagrams: ${bad.file} did not parse (${bad.reason}); rendered it again`);
				logger.info(`diagrams: ${stats.diagrams} diagrams, ${stats.renders} renders (${stats.cached} from the store, ${stats.rendered} rendered, ${stats.calibrations} calibration renders) in ${Math.round(stats.ms)} ms`);
				// After a successful build, drop stored renders that no diagram uses any more.
				addIntegration({
					name: 'roadmap-render-store',
					hooks: { 'astro:build:done': () => void renderStore(root).prune(stats.keys) },
				});
			},
		},
	};
}
