import { describe, expect, it } from 'vitest';
import { lookup, phaseFacts, phaseSkills, roleFacts, skillFacts, skillSections, sourceLabel, trackPath, trackSkillIds } from '../../src/site/entry-view.ts';
import { diagramFixture, hostileTitle } from './diagram-fixture.ts';

const { graph } = diagramFixture();
const get = <K extends 'skill' | 'phase' | 'track' | 'role'>(kind: K, id: string) => graph.entries[kind].get(id)!;
const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);

describe('entry views (what the per-kind components lay out)', () => {
	it('looks entries up in the order given and drops ids that do not resolve', () => {
		expect(ids(lookup(graph, 'skill', ['skill-c', 'nope', undefined, 'skill-a']))).toEqual(['skill-c', 'skill-a']);
	});

	it('names a source by its author, and by its id when it does not resolve', () => {
		expect(sourceLabel(graph, 'src-a')).toBe('Ada Lovelace');
		expect(sourceLabel(graph, 'src-missing')).toBe('src-missing');
	});

	it('gives a skill its phase link text, tracks, prerequisites and unlocks', () => {
		const v = skillFacts(graph, get('skill', 'skill-b'));
		expect(v.phase).toEqual({ href: get('phase', 'phase-one').href, label: `Days 1–30: ${get('phase', 'phase-one').title}` });
		expect(ids(v.tracks)).toEqual(['track-a']);
		expect(ids(v.prerequisites)).toEqual(['skill-a']);
		expect(ids(v.unlocks)).toEqual(['skill-c']);
		expect(v.effort).toMatch(/^\d+–\d+ focused hours$/);
		expect([v.category, v.variant]).toEqual(['Learn new', 'note']);
		// A skill's tracks are those of its phase.
		expect(ids(skillFacts(graph, get('skill', 'skill-d')).tracks)).toEqual(['track-b']);
	});

	it('places a phase in its plan, with the phases before and after it', () => {
		const one = phaseFacts(graph, get('phase', 'phase-one'));
		expect(one.when).toBe('Days 1–30, phase 1 of 2 in Plan A');
		expect(ids(one.neighbours)).toEqual(['phase-two']);
		expect(ids(phaseFacts(graph, get('phase', 'phase-two')).neighbours)).toEqual(['phase-one']);
		expect(ids(phaseFacts(graph, get('phase', 'phase-q')).neighbours)).toEqual([]);
		expect(ids(phaseFacts(graph, get('phase', 'phase-two')).tracks)).toEqual(['track-a', 'track-b']);
	});

	it('lists a phase’s skills in learning order with their category labels', () => {
		expect(phaseSkills(graph, get('phase', 'phase-one')).map((s) => [s.skill.id, s.category])).toEqual([
			['skill-a', 'Learn new'],
			['skill-b', 'Learn new'],
		]);
	});

	it('walks a track phase by phase, skills in order, with window and plan', () => {
		const path = trackPath(graph, get('track', 'track-b'));
		expect(path.map((p) => [p.phase.id, p.label.split(':')[0], p.plan, ids(p.skills)])).toEqual([
			['phase-q', 'Months 1–2', 'Plan B', ['skill-d']],
			['phase-two', 'Days 31–60', 'Plan A', ['skill-c']],
		]);
		expect(trackSkillIds(graph, get('track', 'track-b'))).toEqual(['skill-d', 'skill-c']);
	});

	it('states a role’s share and tiers with their sources, and the tracks leading to it', () => {
		expect(roleFacts(graph, get('role', 'role-a'))).toMatchObject({ share: 'About 70%, as Ada Lovelace estimates it', transition: 'Tier 1 of 3 per Ada Lovelace' });
		const b = roleFacts(graph, get('role', 'role-b'));
		expect([b.share, b.transition]).toEqual(['No source gives one', 'Not ranked by the sources']);
		expect(ids(b.tracks)).toEqual(['track-a', 'track-b']);
	});

	it('finds a skill’s neighbours within its phase, ending on the phase', () => {
		const a = skillSections(graph, get('skill', 'skill-a'));
		expect([a.phase?.id, a.previous?.id, a.next?.title]).toEqual(['phase-one', undefined, hostileTitle]);
		const b = skillSections(graph, get('skill', 'skill-b'));
		expect([b.previous?.id, b.next]).toEqual(['skill-a', undefined]);
		expect(a.related).toEqual([]);
	});
});
