import { describe, expect, it } from 'vitest';
import { homeMap } from '../../src/map/home-map.ts';
import { planMaps, planSections, trackMap } from '../../src/map/track-map.ts';
import { diagramFixture } from './diagram-fixture.ts';

const { graph } = diagramFixture();

describe('trackMap', () => {
	const map = trackMap(graph, graph.entries.track.get('track-b')!);

	it('lists the track’s phases in track order, numbered from 1', () => {
		expect(map.phases.map((p) => [p.step, p.id, p.when])).toEqual([
			[1, 'phase-q', 'Months 1–2'],
			[2, 'phase-two', 'Days 31–60'],
		]);
	});

	it('numbers skills in learning order across the whole map, with their category', () => {
		expect(map.phases.flatMap((p) => p.skills.map((s) => [s.n, s.id, s.category]))).toEqual([
			[1, 'skill-d', 'learn-new'],
			[2, 'skill-c', 'learn-new'],
		]);
	});

	it('links every node to its entry’s page', () => {
		for (const href of [...map.phases.map((p) => p.href), ...map.phases.flatMap((p) => p.skills.map((s) => s.href))]) expect(graph.byHref.has(href), href).toBe(true);
	});

	it('counts the legend over this map only, with every category listed', () => {
		expect(map.legend.map((l) => [l.category, l.count])).toEqual([
			['carries-over', 0],
			['learn-new', 2],
			['skip-for-now', 0],
			['deepen-later', 0],
		]);
	});

	it('ends on the first roles, then the later ones only when there are some', () => {
		expect(map.ends.map((e) => [e.label, e.links.map((l) => l.href)])).toEqual([['Prepares you for', ['/roles/s/']]]);
		const a = trackMap(graph, graph.entries.track.get('track-a')!);
		expect(a.ends.map((e) => e.label)).toEqual(['Prepares you for', 'Later, after a first role']);
	});
});

describe('planMaps', () => {
	it('makes one map per plan that has phases, each bounded to that plan', () => {
		const maps = planMaps(graph);
		expect(maps.map((m) => [m.id, m.phases.map((p) => p.id)])).toEqual([
			['map-plan-ninety-day-applied', ['phase-one', 'phase-two']],
			['map-plan-plan-b', ['phase-q']],
		]);
		expect(new Set(maps.map((m) => m.id)).size).toBe(maps.length);
	});

	it('gives the phases index one section per plan with phases: its published anchor, summary and map', () => {
		const sections = planSections(graph);
		expect(sections.map((s) => [s.anchor, s.title, s.map.id])).toEqual([
			['plan-ninety-day-applied', graph.plans.get('ninety-day-applied')!.title, 'map-plan-ninety-day-applied'],
			['plan-plan-b', 'Plan B', 'map-plan-plan-b'],
		]);
		expect(sections[1]!.summary).toBe(graph.plans.get('plan-b')!.summary);
	});
});

describe('homeMap', () => {
	it('gives every track its phases with skill counts, its first roles and its skill ids', () => {
		expect(homeMap(graph).map((t) => [t.id, t.phases.map((p) => `${p.when}:${p.skills}`), t.roles.map((r) => r.href), t.skillIds])).toEqual([
			['track-a', ['Days 1–30:2', 'Days 31–60:1'], ['/roles/r/'], ['skill-a', 'skill-b', 'skill-c']],
			['track-b', ['Months 1–2:1', 'Days 31–60:1'], ['/roles/s/'], ['skill-d', 'skill-c']],
		]);
	});
});
