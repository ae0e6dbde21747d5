import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { builtPages, readPage } from '../support/dist.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const { graph } = checkContent(root);
const maps = (text: string) => [...text.matchAll(/<figure class="rm-map" data-map="([^"]+)"[^>]*>([\s\S]*?)<\/figure>/g)].map((m) => ({ id: m[1]!, body: m[2]! }));
const hrefs = (text: string) => [...text.matchAll(/href="([^"#]+)"/g)].map((m) => m[1]!);
const built = (href: string) => existsSync(join(dist, href, 'index.html'));

describe('roadmap maps in the built site', () => {
	const trackPages = [...graph.entries.track.values()].map((t) => ({ track: t, text: html(t.href) }));

	it('opens every track page on its map, before the facts, with a legend', () => {
		for (const { track, text } of trackPages) {
			const found = maps(text);
			expect(found.map((m) => m.id), track.id).toEqual([`map-track-${track.id}`]);
			expect(found[0]!.body, track.id).toContain('class="rm-legend"');
			expect(text.indexOf('class="rm-map"'), track.id).toBeLessThan(text.indexOf('roadmap-facts'));
		}
	});

	it('shows every skill of the track once, numbered in order, marked for progress by its permanent id', () => {
		for (const { track, text } of trackPages) {
			const body = maps(text)[0]!.body;
			const ids = [...body.matchAll(/data-progress-node="([^"]+)"/g)].map((m) => m[1]);
			const expected = track.data.phases.flatMap((p) => graph.entries.phase.get(p)!.data.skills);
			expect(ids, track.id).toEqual(expected);
			const numbers = [...body.matchAll(/<span class="rm-marker"[^>]*>(\d+)<\/span>/g)].map((m) => Number(m[1]));
			expect(numbers, track.id).toEqual(expected.map((_, i) => i + 1));
		}
	});

	it('links every map node to a built page', () => {
		const pages = ['phases', '', ...trackPages.map((t) => t.track.href)];
		for (const page of pages) {
			const text = page === '' ? readFileSync(join(dist, 'index.html'), 'utf8') : html(page);
			const body = [...maps(text).map((m) => m.body), ...(text.match(/<nav class="rm-home-map"[\s\S]*?<\/nav>/g) ?? [])].join('');
			expect(body.length, page).toBeGreaterThan(0);
			for (const href of hrefs(body)) expect(built(href), `${page}: ${href}`).toBe(true);
		}
	});

	it('replaces the whole-roadmap overview on /phases/ with one map per plan and one legend', () => {
		const text = html('phases');
		const plans = graph.data.plans.filter((p) => (graph.phasesOfPlan.get(p.id) ?? []).length > 0);
		expect(maps(text).map((m) => m.id)).toEqual(plans.map((p) => `map-plan-${p.id}`));
		expect(text.match(/class="rm-legend"/g)).toHaveLength(1);
		expect(text).not.toContain('data-diagram="overview"');
	});

	it('shows the 90-day plan week by week on /phases/ as HTML: every week of the timeline once, in order, under a link to its phase', () => {
		const text = html('phases');
		const figure = text.match(/<figure class="rm-timeline" data-timeline="timeline-ninety-day-applied"[\s\S]*?<\/figure>/)?.[0] ?? '';
		const weeks = [...figure.matchAll(/<span class="rm-timeline__n">Week (\d+)<\/span>/g)].map((m) => Number(m[1]));
		expect(weeks).toEqual(graph.data.timeline.map((w) => w.week).sort((a, b) => a - b));
		expect(weeks.length).toBeGreaterThanOrEqual(13);
		const phaseLinks = [...figure.matchAll(/class="rm-timeline__phase" href="([^"]+)"/g)].map((m) => m[1]!);
		expect(phaseLinks).toEqual([...new Set(graph.data.timeline.map((w) => graph.entries.phase.get(w.phase)!.href))]);
		for (const href of phaseLinks) expect(built(href), href).toBe(true);
		// No picture of it any more: the timeline diagrams drew weeks out of order and overflowed a phone.
		expect(text).not.toContain('data-diagram="timeline-');
	});

	it('groups every role on /roles/ by tier as HTML, once each, with the sources\' claims', () => {
		const text = html('roles');
		const cards = [...text.matchAll(/<a class="rm-spectrum__name" href="([^"]+)">/g)].map((m) => m[1]!);
		expect([...cards].sort()).toEqual([...graph.entries.role.values()].map((r) => r.href).sort());
		for (const href of cards) expect(built(href), href).toBe(true);
		expect(text).toMatch(/<h2 id="tier-1">/);
		expect(text).toMatch(/<h2 id="not-ranked">/);
		const applied = graph.entries.role.get('applied-ai-engineer')!;
		if (applied.data.share) expect(text).toContain(`about ${applied.data.share.percent}% of openings`);
		expect(text).not.toContain('data-diagram="role-spectrum"');
	});

	it('puts a legend on every built page that shows a map coloured by category', () => {
		const pages = builtPages().map((path) => ({ path, text: readPage(path) })).filter((p) => maps(p.text).length > 0);
		expect(pages.length).toBeGreaterThanOrEqual(trackPages.length + 1);
		for (const { path, text } of pages) expect(text, path).toContain('class="rm-legend"');
	});

	it('gives the home page a compact map leading into every track', () => {
		const nav = readFileSync(join(dist, 'index.html'), 'utf8').match(/<nav class="rm-home-map"[\s\S]*?<\/nav>/)?.[0] ?? '';
		for (const { track } of trackPages) expect(nav, track.id).toContain(`href="${track.href}"`);
	});
});
