import type { StarlightPlugin } from '@astrojs/starlight/types';
import { fileURLToPath } from 'node:url';
import { checkContentOnce } from '../site/content-once.ts';
import { formatReport } from '../errors/format.ts';
import { checkLinks } from './check-links.ts';
import { checkLock, createLock } from './lock.ts';
import { readLock, readRedirects, writeLock } from './lock-fs.ts';
import { addPages, readSiteMapInSlices } from './site-map-fs.ts';
import type { SiteMap } from './site-map.ts';
import { publishRedirectPages, stageRedirectPages, type StagedRedirects } from './redirect-pages-fs.ts';
import type { Redirect } from './redirect-page.ts';
import { diagramAddresses } from '../diagram/full-size-fs.ts';
import { normalizeBase } from '../site/env.ts';
import { withBase } from '../site/url.ts';

const noSlash = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path);

/**
 * Permanent links: short links `/s/<id>/` and redirects for renamed pages (static redirect pages with a
 * canonical link), aliases for renamed headings, and, after each build, a check that every internal link
 * in the HTML (diagrams and tables included) resolves and that no published URL or anchor disappeared.
 * With ROADMAP_LINKS_UPDATE=1 (`npm run links:update`) the build records the lock instead of checking it.
 */
export function permalinks(): StarlightPlugin {
	return {
		name: 'roadmap-permalinks',
		hooks: {
			'config:setup'({ astroConfig, addIntegration, command, logger }) {
				const root = fileURLToPath(astroConfig.root);
				// Routes, the lock and redirects.yaml hold site paths; the base is added to redirect targets only.
				const base = normalizeBase(astroConfig.base);
				if (command === 'build' && !process.env.SITE_URL?.trim())
					logger.warn(`SITE_URL is not set: canonical links, og:url and roadmap.json point at ${astroConfig.site ?? 'no site'}. Set SITE_URL (README, "Publishing") before you publish.`);
				const { graph } = checkContentOnce(root);
				const { redirects, problems } = readRedirects(root);
				if (problems.length > 0) throw new Error(`Redirects check failed.\n\n${formatReport(problems)}`);

				const entries = Object.values(graph.entries).flatMap((byId) => [...byId.values()]);
				const pathOfId = (id: string) => entries.find((e) => e.id === id)?.href;
				const routes: Record<string, string> = {};
				for (const entry of entries) routes[`/s/${entry.id}`] = withBase(entry.href, base);
				// A changed id keeps its short link: `ids:` aliases in redirects.yaml lead to the entry that replaced it.
				for (const alias of redirects.ids) {
					const to = pathOfId(alias.to);
					if (to) routes[`/s/${alias.from}`] = withBase(to, base);
				}
				for (const page of redirects.pages) routes[noSlash(page.from)] = withBase(page.to, base);
				const fileOf = (path: string) => (graph.byHref.get(path)?.file ?? `dist${path}index.html`);
				// Every redirect page of the build: short links, renamed pages, and the address of each diagram
				// that fits its page (the others have a full-size page there, src/diagram/fit.ts).
				const allRedirects = async (): Promise<Redirect[]> => [
					...Object.entries(routes).map(([from, to]) => ({ from, to })),
					...(await diagramAddresses(root, graph)).filter((a) => a.fits).map((a) => ({ from: `/diagrams/${a.slug}/`, to: withBase(a.page, base) })),
				];
				let outDir = '';
				let staged: Promise<StagedRedirects> | undefined;
				let pages: Promise<SiteMap> | undefined;
				const stageAll = (dist: string) => allRedirects().then((list) => stageRedirectPages(dist, list, base, astroConfig.site));

				addIntegration({
					name: 'roadmap-permalinks',
					hooks: {
						'astro:config:setup'({ updateConfig, addMiddleware, injectRoute }) {
							// The dev server answers redirects from the config; a build writes them as files once
							// the pages are built (src/links/redirect-pages-fs.ts says why).
							if (command !== 'build') updateConfig({ redirects: routes });
							injectRoute({ pattern: '/roadmap-id-aliases.json', entrypoint: fileURLToPath(new URL('./id-aliases-route.ts', import.meta.url)), prerender: true });
							addMiddleware({ entrypoint: fileURLToPath(new URL('./anchor-alias-middleware.ts', import.meta.url)), order: 'post' });
						},
						'astro:config:done'({ config }) {
							outDir = fileURLToPath(config.outDir);
						},
						// The redirect pages are written while Vite bundles, once Astro has emptied the output folder
						// (its viteBuild, then this hook): at 1,000 skills some 2,300 small files, which took 1-2 s of
						// waiting on the disk at the end of the build. They wait under a name Pagefind skips
						// (redirect-pages-fs.ts) and are published below, after it.
						'astro:build:setup'() {
							if (staged) return;
							staged = stageAll(outDir);
							// Reported when the build awaits it below; a build that stops earlier has its own error.
							staged.catch(() => {});
						},
						// The pages are all written: reading them starts now, in slices, and goes on while Starlight's
						// build:done runs Pagefind in its own process. The redirect pages are not among them yet.
						'astro:build:generated'({ dir }) {
							pages = readSiteMapInSlices(fileURLToPath(dir));
							pages.catch(() => {});
						},
						// Runs after Starlight's build:done, which builds the search index: Starlight puts its plugins'
						// integrations right after itself, and Astro runs build:done hooks one after another.
						async 'astro:build:done'({ dir }) {
							const dist = fileURLToPath(dir);
							const pending = await (staged ?? stageAll(dist));
							// Throws when a page was built at a redirect's path, naming both.
							const published = publishRedirectPages(pending);
							const site = await (pages ?? readSiteMapInSlices(dist));
							addPages(site, dist, pending.files.keys());
							const idOf = (path: string) => (graph.byHref.get(path) as { id?: string } | undefined)?.id;
							if (process.env.ROADMAP_LINKS_UPDATE === '1') {
								const lock = createLock(site, idOf);
								writeLock(root, lock);
								const anchors = Object.values(lock.pages).reduce((n, p) => n + p.anchors.length, 0);
								logger.info(`links: recorded ${Object.keys(lock.pages).length} URLs and ${anchors} anchors in content/data/links.lock.json`);
								return;
							}
							const found = [...checkLinks(site, fileOf, base), ...checkLock(readLock(root), site, pathOfId, base)];
							if (found.length > 0) throw new Error(`Link check failed.\n\n${formatReport(found)}`);
							logger.info(`links: every internal link and anchor resolves; ${published} redirects`);
						},
					},
				});
			},
		},
	};
}
