import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RoadmapGraph } from '../../graph/model.ts';
import { siteDiagrams } from '../all-diagrams.ts';
import { findMermaidFences } from '../fences.ts';
import { openSession, type RenderSession } from './browser-fs.ts';
import { chromiumFix, findChromium } from './find-chromium.ts';
import { calibrationJobs, jobFor } from './jobs.ts';
import { pairColours, uncovered, type Palette } from './palette.ts';
import type { RawRender, Rendered, RenderJob } from './rendered.ts';
import { renderStore, STORE_DIR, styleHash, type BadEntry, type RenderStore } from './store-fs.ts';
import { themeSvg } from './theme-svg.ts';

/** A diagram source and where it comes from, for error messages. */
interface Target {
	source: string;
	/** `content/docs/notes/rag.mdx:23` for a fence, `generated diagram "overview"` otherwise. */
	origin: string;
	fence: boolean;
}

export interface PrerenderStats {
	/** Store keys of every render the site uses, for pruning the rest. */
	keys: Set<string>;
	diagrams: number;
	/** One per distinct diagram source. */
	renders: number;
	cached: number;
	rendered: number;
	/** Renders made only to pair light and dark colours. */
	calibrations: number;
	/** Store entries that did not parse, re-rendered. */
	bad: BadEntry[];
	ms: number;
}

/** Every diagram source of the site: the generated ones, then each ```mermaid fence with its file and line. */
export function collectTargets(root: string, graph: RoadmapGraph): Target[] {
	const generated = siteDiagrams(graph).map((d) => ({ source: d.source, origin: `generated diagram "${d.id}"`, fence: false }));
	const files = [...new Set([...Object.values(graph.entries).flatMap((m) => [...m.values()].map((e) => e.file)), ...graph.pages.map((p) => p.file)])];
	const fences = files.flatMap((file) => findMermaidFences(readFileSync(join(root, file), 'utf8')).map((f) => ({ source: f.source, origin: `${file}:${f.line}`, fence: true })));
	return [...generated, ...fences];
}

/** The render jobs of the site, one per distinct source, each with the first place it comes from. */
export function siteJobs(root: string, graph: RoadmapGraph): Map<string, { job: RenderJob; origin: string }> {
	const jobs = new Map<string, { job: RenderJob; origin: string }>();
	for (const target of collectTargets(root, graph)) {
		const job = jobFor(target.source, target.fence);
		if (!jobs.has(job.key)) jobs.set(job.key, { job, origin: target.origin });
	}
	return jobs;
}

/** A browser render made theme-neutral, as the store keeps it, and its style rules. */
export function toStored(raw: RawRender, job: RenderJob): { rendered: Rendered; rules: string[] } {
	const themed = themeSvg(raw.svg, job.domId, raw.type);
	return { rendered: { ...raw, svg: themed.svg, style: styleHash(themed.rules), colours: themed.colours }, rules: themed.rules };
}

/** Pairs light and dark colours until every colour the renders use has a dark value. */
async function calibrate(session: RenderSession, store: RenderStore, used: { job: RenderJob; rendered: Rendered }[]): Promise<number> {
	const palette: Palette = store.readPalette();
	let renders = 0;
	for (const { job, rendered } of used) {
		if (uncovered(rendered.colours, palette).length === 0) continue;
		const pair = calibrationJobs(job.source);
		const [light, dark] = await session.render([pair.light, pair.dark]);
		renders += 2;
		if (!light?.ok || !dark?.ok) throw new Error(`Diagram calibration failed for a diagram that rendered before: ${light?.ok ? '' : light?.error} ${dark?.ok ? '' : dark?.error}`);
		const paired = pairColours(light.rendered.svg, dark.rendered.svg);
		if (!paired.ok) throw new Error(`Cannot theme diagrams by CSS: ${paired.message}.`);
		Object.assign(palette, paired.pairs);
	}
	store.writePalette(palette);
	return renders;
}

/**
 * Renders every diagram the build needs that the committed store (`diagrams/`) lacks, in one browser
 * and one page, before Astro renders any page; pages then only read the store. A fresh clone whose
 * diagrams did not change needs no browser at all. Without one, a missing render stops the build with
 * the diagrams it concerns and the fix. Throws one error listing every diagram that failed.
 */
export async function prerenderDiagrams(root: string, graph: RoadmapGraph, env: NodeJS.ProcessEnv = process.env): Promise<PrerenderStats> {
	const started = performance.now();
	const store = renderStore(root);
	const jobs = siteJobs(root, graph);
	const present = new Map<string, Rendered>();
	for (const key of jobs.keys()) {
		const r = store.read(key);
		if (r) present.set(key, r);
	}
	const missing = [...jobs.values()].filter(({ job }) => !present.has(job.key));
	const palette = store.readPalette();
	const dark = uncovered([...present.values()].flatMap((r) => r.colours), palette);
	const stats = { keys: new Set(jobs.keys()), diagrams: collectTargets(root, graph).length, renders: jobs.size, cached: present.size, rendered: 0, calibrations: 0, bad: [...store.bad] };

	if (missing.length === 0 && dark.length === 0) {
		store.writeStylesheet([...present.values()]);
		return { ...stats, ms: performance.now() - started };
	}
	const chromium = findChromium(env);
	if (!chromium) {
		const shown = missing.slice(0, 10).map(({ origin }) => `  - ${origin}`);
		const more = missing.length > shown.length ? [`  ... and ${missing.length - shown.length} more`] : [];
		const what = missing.length
			? `${missing.length} of ${jobs.size} diagrams are new or changed and not in the committed render store (${STORE_DIR}/):\n${[...shown, ...more].join('\n')}`
			: `${dark.length} colours have no dark-theme value in ${STORE_DIR}/palette.json: ${dark.join(', ')}`;
		// A store entry that does not parse counts as missing; name its file, so the reader knows what broke.
		const bad = stats.bad.map((b) => `\n  ${b.file} does not parse (${b.reason}); it must be rendered again`).join('');
		throw new Error(
			`Cannot render diagrams: no Chromium found, and ${what}${bad}\n` +
				`  fix: run \`npm run diagrams\` on a machine with Chromium (${chromiumFix}), or let CI render them, then commit ${STORE_DIR}/.\n` +
				'  To build without pictures meanwhile: ROADMAP_DIAGRAMS=off npm run build (pages show the text version).',
		);
	}

	// One browser, batches of jobs split across its pages (openSession): start-up is paid once per build.
	const session = await openSession(chromium);
	const failures: string[] = [];
	let calibrations = 0;
	try {
		for (let i = 0; i < missing.length; i += 50) {
			const batch = missing.slice(i, i + 50);
			for (const outcome of await session.render(batch.map((b) => b.job))) {
				const { job, origin } = jobs.get(outcome.key)!;
				if (!outcome.ok) {
					failures.push(`${origin}\n  invalid mermaid diagram: ${outcome.error.replace(/\n/g, '\n  ')}`);
					continue;
				}
				const { rendered, rules } = toStored(outcome.rendered, job);
				store.write(outcome.key, rendered, rules);
				present.set(outcome.key, rendered);
			}
		}
		if (failures.length === 0) {
			calibrations = await calibrate(session, store, [...present].map(([key, rendered]) => ({ job: jobs.get(key)!.job, rendered })));
		}
	} finally {
		await session.close();
	}
	if (failures.length > 0) {
		const unique = [...new Set(failures)];
		throw new Error(`Diagram rendering failed.\n\n${unique.join('\n\n')}\n\nFound ${unique.length} invalid diagram${unique.length === 1 ? '' : 's'}.`);
	}
	store.writeStylesheet([...present.values()]);
	return { ...stats, rendered: missing.length, calibrations, ms: performance.now() - started };
}
