import { openSession, type RenderSession } from './browser-fs.ts';
import { chromiumFix, findChromium } from './find-chromium.ts';
import { jobFor, renderingOff } from './jobs.ts';
import { toStored } from './prerender-fs.ts';
import type { Rendered } from './rendered.ts';
import { renderStore } from './store-fs.ts';

export type Lookup = { ok: true; render: Rendered } | { ok: false; notice: string };

// Dev server only: one browser shared by every request, opened on the first store miss and closed
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
 * The render of one diagram source, for a page. In a build it comes from the store the plugin filled
 * before any page rendered (that step fails the build when it cannot render). In dev a miss renders
 * now; with no browser, or rendering turned off, the page gets a notice and shows the text version.
 */
export async function lookupDiagram(root: string, source: string, { origin, fence = false }: { origin: string; fence?: boolean }): Promise<Lookup> {
	const store = renderStore(root);
	const job = jobFor(source, fence);
	const stored = store.read(job.key);
	if (stored) return { ok: true, render: stored };
	if (renderingOff()) return { ok: false, notice: 'Diagram rendering is turned off (ROADMAP_DIAGRAMS=off); the text version follows.' };
	const chromium = findChromium();
	if (!chromium) return { ok: false, notice: `Diagram not drawn: it is new or changed and no Chromium was found. To fix: ${chromiumFix}, or run \`npm run diagrams\` where one is.` };
	const [outcome] = await renderNow(chromium, [job]);
	if (!outcome?.ok) throw new Error(`${origin}\n  invalid mermaid diagram: ${outcome?.ok === false ? outcome.error : 'no result'}`);
	const { rendered, rules } = toStored(outcome.rendered, job);
	store.write(job.key, rendered, rules);
	return { ok: true, render: rendered };
}
