import { describe, expect, it } from 'vitest';
import { trackChoices, trackChooserTable } from '../../src/tables/track-chooser.ts';
import { diagramFixture } from './diagram-fixture.ts';

// Two tracks: track-a = phase-one (days 1-30: skill-a, skill-b) + phase-two (days 31-60: skill-c);
// track-b = phase-q (months 1-2: skill-d) + phase-two. Every fixture skill is learn-new, 1-2 h.
const { graph } = diagramFixture();

describe('trackChoices', () => {
	const choices = trackChoices(graph);

	it('has one choice per track, by title', () => expect(choices.map((c) => c.id)).toEqual(['track-a', 'track-b']));

	it('adds up the windows, hours and efforts of the track’s own phases', () => {
		const [a, b] = choices;
		expect(a).toMatchObject({ phases: 2, weeks: 9, hoursPerWeek: [10], effort: { min: 3, max: 6 }, skills: 3 });
		expect(b).toMatchObject({ phases: 2, weeks: 13, hoursPerWeek: [10], effort: { min: 2, max: 4 }, skills: 2 });
	});

	it('counts categories and names first and later roles', () => {
		const [a] = choices;
		expect(a?.categories).toEqual({ 'carries-over': 0, 'learn-new': 3, 'skip-for-now': 0, 'deepen-later': 0 });
		expect(a?.roles.map((r) => r.title)).toEqual(['Role role-a']);
		expect(a?.laterRoles.map((r) => r.href)).toEqual(['/roles/s/']);
	});
});

describe('trackChooserTable', () => {
	it('writes the numbers into cells a reader compares across rows', () => {
		const table = trackChooserTable(trackChoices(graph));
		expect(table.columns).toEqual(['Track', 'Suits you if', 'Leads to', 'Time', 'How much is new']);
		expect(table.rows[0]?.cells.map((c) => c.text)).toEqual(['x', 'Role role-a', 'about 9 weeks at 10 h a week', '3 of 3 skills are new to a backend engineer']);
		expect(table.rows[0]?.cells[0]?.details).toEqual([{ label: 'Open the track', text: 'Track track-a', href: '/tracks/t/' }]);
		// A single first role links from the cell; later roles follow as links.
		expect(table.rows[0]?.cells[1]).toEqual({ text: 'Role role-a', href: '/roles/r/', details: [{ label: 'Later', text: 'Role role-b', href: '/roles/s/' }] });
	});
});
