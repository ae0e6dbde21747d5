import { describe, expect, it } from 'vitest';
import { countDone, parseProgress, serializeProgress, withSkill } from '../../src/progress/store.ts';

describe('progress store', () => {
	it('reads what it wrote, in a stable order', () => {
		const done = withSkill(withSkill(new Set(), 'rag-fundamentals', true), 'eval-design', true);
		expect(serializeProgress(done)).toBe('["eval-design","rag-fundamentals"]');
		expect(parseProgress(serializeProgress(done))).toEqual(done);
	});

	it('treats missing, malformed or foreign values as no progress, keeping only string ids', () => {
		expect(parseProgress(null)).toEqual(new Set());
		expect(parseProgress('{not json')).toEqual(new Set());
		expect(parseProgress('{"eval-design":true}')).toEqual(new Set());
		expect(parseProgress('["eval-design", 3, null]')).toEqual(new Set(['eval-design']));
	});

	it('unmarks without touching other skills, and counts only the ids asked about', () => {
		const done = withSkill(new Set(['a', 'b', 'c']), 'b', false);
		expect(done).toEqual(new Set(['a', 'c']));
		expect(countDone(done, ['a', 'b', 'x'])).toBe(1);
	});
});
