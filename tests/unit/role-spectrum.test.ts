import { describe, expect, it } from 'vitest';
import { roleSpectrum } from '../../src/map/role-spectrum.ts';
import { diagramFixture } from './diagram-fixture.ts';

const { graph } = diagramFixture();

describe('the role spectrum', () => {
	it('groups roles by the easiest tier a source gives, the unranked last, each claim naming its source', () => {
		const tiers = roleSpectrum(graph);
		expect(tiers.map((t) => [t.anchor, t.roles.map((r) => r.id)])).toEqual([
			['tier-1', ['role-a']],
			['not-ranked', ['role-b']],
		]);
		expect(tiers[0]!.roles[0]!.claims).toEqual(['about 70% of openings (Lovelace)', 'tier 1 (Lovelace)']);
		expect(tiers[1]!.roles[0]!.claims).toEqual([]);
		expect(tiers[0]!.roles[0]!.href).toBe(graph.entries.role.get('role-a')!.href);
	});

	it('puts a role in the easiest of several tiers, and the larger share first within a tier', () => {
		const a = graph.entries.role.get('role-a')!;
		const b = graph.entries.role.get('role-b')!;
		const g = { ...graph, entries: { ...graph.entries, role: new Map([
			['role-a', { ...a, data: { ...a.data, tiers: [{ tier: 3 as const, source: a.data.tiers[0]!.source }, { tier: 2 as const, source: a.data.tiers[0]!.source }] } }],
			['role-b', { ...b, data: { ...b.data, tiers: [{ tier: 2 as const, source: a.data.tiers[0]!.source }], share: { percent: 90, source: a.data.tiers[0]!.source } } }],
		]) } };
		expect(roleSpectrum(g).map((t) => [t.anchor, t.roles.map((r) => r.id)])).toEqual([['tier-2', ['role-b', 'role-a']]]);
	});
});
