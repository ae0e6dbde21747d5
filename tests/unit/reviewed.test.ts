import { describe, expect, it } from 'vitest';
import { generatedPageReviewed, reviewedText } from '../../src/site/reviewed.ts';
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

describe('the review date in a page footer', () => {
	it('is the text Starlight writes, for each language, from a formatter kept per language', () => {
		const dates = ['2026-12-07', '2026-01-01', '1999-12-31T23:59:59Z', '2026-06-15T00:30:00+02:00'].map((d) => new Date(d));
		for (const lang of ['en', 'fr', 'de', 'ja', 'pt-BR', undefined]) {
			for (const date of dates) expect(reviewedText(date, lang)).toBe(date.toLocaleDateString(lang, { dateStyle: 'medium', timeZone: 'UTC' }));
		}
		// The same language twice, then another: each answer is its own language's.
		expect(reviewedText(dates[0]!, 'en')).toBe('Dec 7, 2026');
		expect(reviewedText(dates[0]!, 'de')).toBe('07.12.2026');
		expect(reviewedText(dates[0]!, 'en')).toBe('Dec 7, 2026');
	});
});
