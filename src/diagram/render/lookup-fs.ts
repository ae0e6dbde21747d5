import type { ThemeName } from '../themes.ts';
import { openSession, type RenderSession } from './browser-fs.ts';
import { diagramCache } from './cache-fs.ts';
import { chromiumFix, findChromium } from './find-chromium.ts';
import { jobsFor, renderingOff } from './jobs.ts';
import type { Rendered } from './rendered.ts';

export type Lookup =
	| { ok: true; renders: Record<ThemeName, Rendered> }
	| { ok: false; notice: string };

// Dev server only: one browser shared by every request, opened on the first cache miss and closed
// after a minute without work so an idle dev server holds no Chromium.
const shared = globalThis as { roadmapDiagramSession?: { session: Promise<RenderSession>; timer?: NodeJS.Timeout; queue: Promise<unknown> } };

async function renderNow(chromium: string, jobs: Parameters<RenderSession['render']>[0]) {
	shared.roadmapDiagramSession ??= { session: openSession(chromium), queue: Promise.resolve() };
	const state = shared.roadmapDiagramSession;
	clearTimeout(state.timer);
	const run = state.queue.then(async () => (await state.session).render(jobs));
	state.queue = run.catch(() => undefined);
	const outcomes = await run;
	state.timer = setTimeout(() => {
		delete shared.roadmapDiagramSession;
		void state.session.then((s) => s.close());
	}, 60_000).unref();
	return outcomes;
}

/**
 * The renders of one diagram source, for a page. In a build they come from the cache the plugin filled
 * before any page rendered (that step fails the build when it cannot render). In dev a miss renders
 * now; with no browser, or rendering turned off, the page gets a notice and shows the text version.
 */
export async function lookupDiagram(root: string, source: string, { origin, fence = false }: { origin: string; fence?: boolean }): Promise<Lookup> {
	const cache = diagramCache(root);
	const jobs = jobsFor(source, fence);
	const cached = { light: cache.read(jobs.light.key), dark: cache.read(jobs.dark.key) };
	if (cached.light && cached.dark) return { ok: true, renders: cached as Record<ThemeName, Rendered> };
	if (renderingOff()) return { ok: false, notice: 'Diagram rendering is turned off (ROADMAP_DIAGRAMS=off); the text version follows.' };
	const chromium = findChromium();
	if (!chromium) return { ok: false, notice: `Diagram not drawn: no Chromium found. To fix: ${chromiumFix}.` };
	const outcomes = await renderNow(chromium, [jobs.light, jobs.dark]);
	const failed = outcomes.find((o) => !o.ok);
	if (failed && !failed.ok) throw new Error(`${origin}\n  invalid mermaid diagram: ${failed.error}`);
	for (const o of outcomes) if (o.ok) cache.write(o.key, o.rendered);
	return { ok: true, renders: { light: cache.read(jobs.light.key)!, dark: cache.read(jobs.dark.key)! } };
}
