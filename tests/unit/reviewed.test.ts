import { describe, expect, it } from 'vitest';
import { generatedPageReviewed } from '../../src/site/reviewed.ts';
import { diagramFixture } from './diagram-fixture.ts';

const { graph } = diagramFixture();
const skillA = graph.entries.skill.get('skill-a')!;
const skillC = graph.entries.skill.get('skill-c')!;
skillA.data.lastReviewed = '2026-11-02';
skillC.data.lastReviewed = '2026-12-05';

describe('the review date of a generated page', () => {
	it('is the review date of the entry the page belongs to', () => {
		expect(generatedPageReviewed(graph, skillA.href)).toBe('2026-11-02');
	});

	it('is the newest review date of any entry for a page of all entries or of a plain page', () => {
		expect(generatedPageReviewed(graph)).toBe('2026-12-05');
		expect(generatedPageReviewed(graph, '/roles/')).toBe('2026-12-05');
	});
});
