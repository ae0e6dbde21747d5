import { describe, expect, it } from 'vitest';
import { merge, migrateV1, parseV2, serializeV2, unknownIds } from '../../src/progress/states.ts';

describe('progress store v2', () => {
	it('reads what it wrote', () => {
		const p = { b: { state: 'skipped', date: '2026-01-02' }, a: { state: 'done', date: '2026-01-01' } } as const;
		expect(serializeV2(p)).toBe('{"version":2,"skills":{"a":{"state":"done","date":"2026-01-01"},"b":{"state":"skipped","date":"2026-01-02"}}}');
		expect(parseV2(serializeV2(p))).toEqual({ progress: p });
	});

	it('never throws: junk gives empty progress and a reason', () => {
		expect(parseV2(null)).toEqual({ progress: {} });
		for (const raw of ['{not json', '[]', '{"version":1,"skills":{}}', '{"version":2,"skills":[]}', '{"version":2,"skills":{"a":{"state":"finished","date":"2026-01-01"}}}', '{"version":2,"skills":{"a":{"state":"done","date":"2026-02-31x"}}}']) {
			const parsed = parseV2(raw);
			expect(parsed.progress).toEqual({});
			expect(parsed.problem).toBeTruthy();
		}
	});

	it('migrates every v1 tick to done, dated the migration day', () => {
		expect(migrateV1('["x","a",3]', '2026-12-02')).toEqual({ a: { state: 'done', date: '2026-12-02' }, x: { state: 'done', date: '2026-12-02' } });
		expect(migrateV1('{bad', '2026-12-02')).toEqual({});
	});

	it('merges with the newer date winning and never deletes', () => {
		const stored = { a: { state: 'done', date: '2026-03-01' }, b: { state: 'in-progress', date: '2026-01-01' } } as const;
		const incoming = { a: { state: 'skipped', date: '2026-02-01' }, b: { state: 'done', date: '2026-02-01' }, c: { state: 'done', date: '2026-01-05' } } as const;
		expect(merge(stored, incoming)).toEqual({ a: stored.a, b: incoming.b, c: incoming.c });
		expect(unknownIds(incoming, ['a', 'b'])).toEqual(['c']);
	});
});
