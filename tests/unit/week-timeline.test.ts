import { describe, expect, it } from 'vitest';
import { weekTimeline, weekTimelines } from '../../src/map/week-timeline.ts';
import { diagramFixture } from './diagram-fixture.ts';

const { graph } = diagramFixture();

describe('the week-by-week timeline', () => {
	it('groups a plan\'s weeks by phase, in the plan\'s order, with each week\'s artifact and focus', () => {
		const t = weekTimeline(graph, 'ninety-day-applied')!;
		expect(t.id).toBe('timeline-ninety-day-applied');
		expect(t.blocks.map((b) => [b.phase.id, b.phase.when, b.weeks.map((w) => w.week)])).toEqual([
			['phase-one', 'Days 1–30', [1]],
			['phase-two', 'Days 31–60', [5]],
		]);
		expect(t.blocks[0]!.weeks[0]).toEqual({ week: 1, artifact: 'Ship <it>', focus: 'f1' });
		expect(t.blocks[0]!.phase.href).toBe(graph.entries.phase.get('phase-one')!.href);
	});

	it('sorts weeks by number whatever order the file lists them in', () => {
		const shuffled = { ...graph, data: { ...graph.data, timeline: [...graph.data.timeline, { ...graph.data.timeline[0]!, week: 3 }, { ...graph.data.timeline[0]!, week: 2 }].reverse() } };
		expect(weekTimeline(shuffled, 'ninety-day-applied')!.blocks[0]!.weeks.map((w) => w.week)).toEqual([1, 2, 3]);
	});

	it('leaves out plans without weeks, and an unknown plan', () => {
		expect(weekTimeline(graph, 'plan-b')).toBeUndefined();
		expect(weekTimeline(graph, 'no-such-plan')).toBeUndefined();
		expect(weekTimelines(graph).map((t) => t.id)).toEqual(['timeline-ninety-day-applied']);
	});
});
