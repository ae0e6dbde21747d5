import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { roadmapDocsSchema } from '../../src/schemas/docs.ts';
import { SourceSchema, TransferSchema } from '../../src/schemas/data.ts';
import { skill } from '../support/fixtures.ts';

const schema = roadmapDocsSchema({ image: () => z.string() } as never);
const reviewed = { lastReviewed: '2026-12-01' };
/** Parses frontmatter; a `lastReviewed` date is added unless the data names the key itself. */
const parse = (data: unknown) => schema.safeParse(data && typeof data === 'object' && !('lastReviewed' in data) ? { ...data, ...reviewed } : data);
const codes = (data: unknown) => (parse(data).error?.issues ?? []).map((i) => `${i.code}@${i.path.join('.')}`);

describe('docs entry schema', () => {
	it('accepts a complete skill and applies defaults', () => {
		const result = parse(skill('rag'));
		expect(result.success).toBe(true);
		expect(result.data).toMatchObject({ kind: 'skill', prerequisites: [], template: 'doc' });
	});

	it('treats a page without kind as a plain page', () => {
		expect(parse({ title: 'Home' }).data).toMatchObject({ kind: 'page', title: 'Home' });
	});

	it('rejects an unknown frontmatter key, on Starlight and our own fields alike', () => {
		expect(codes({ ...skill('rag'), categroy: 'learn-new' })).toContain('unrecognized_keys@');
		expect(codes({ title: 'Home', sidebarr: {} })).toContain('unrecognized_keys@');
	});

	it('rejects a wrong category with the allowed values', () => {
		const issue = parse(skill('rag', { category: 'learn' })).error?.issues[0];
		expect(issue?.path).toEqual(['category']);
		expect(issue?.code).toBe('invalid_value');
	});

	it('rejects a missing required field', () => {
		const { proof: _, ...withoutProof } = skill('rag');
		expect(codes(withoutProof)).toContain('invalid_type@proof');
	});

	it('rejects a malformed resource URL and a non-kebab id', () => {
		const bad = skill('Rag Basics', { resources: [{ kind: 'docs', title: 't', url: 'docs.python.org', cost: 'free' }] });
		expect(codes(bad)).toEqual(expect.arrayContaining(['invalid_format@id', 'invalid_format@resources.0.url']));
	});

	it('requires a resource lastVerified date, as YYYY-MM-DD and not in the future', () => {
		const res = (extra: object) => skill('rag', { resources: [{ kind: 'docs', title: 't', url: 'https://example.org/', cost: 'free', ...extra }] });
		expect(codes(res({ lastVerified: undefined }))).toContain('invalid_type@resources.0.lastVerified');
		expect(codes(res({ lastVerified: '02/12/2026' }))).toContain('invalid_format@resources.0.lastVerified');
		const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
		expect(codes(res({ lastVerified: tomorrow }))).toContain('custom@resources.0.lastVerified');
		expect(parse(res({ lastVerified: '2026-12-01' })).success).toBe(true);
	});

	it('requires a lastReviewed date on every page kind, as YYYY-MM-DD and not in the future', () => {
		for (const data of [skill('rag'), { title: 'Home' }]) {
			expect(codes({ ...data, lastReviewed: undefined })).toContain('invalid_type@lastReviewed');
			expect(codes({ ...data, lastReviewed: '7 Dec 2026' })).toContain('invalid_format@lastReviewed');
			const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
			expect(codes({ ...data, lastReviewed: tomorrow })).toContain('custom@lastReviewed');
			expect(parse({ ...data, lastReviewed: '2026-12-07' }).success).toBe(true);
		}
	});

	it('rejects an effort range whose min exceeds its max', () => {
		expect(codes(skill('rag', { effort: { min: 10, max: 2 } }))).toContain('custom@effort.max');
	});

	it('rejects an unknown kind', () => {
		expect(parse({ ...skill('rag'), kind: 'skil' }).success).toBe(false);
	});
});

describe('data schemas', () => {
	it('requires an ISO date on a source', () => {
		expect(SourceSchema.safeParse({ id: 's', title: 't', date: 'May 2026' }).success).toBe(false);
		expect(SourceSchema.safeParse({ id: 's', title: 't', date: '2026-05-26' }).success).toBe(true);
	});

	it('limits carry-over to four values', () => {
		const row = { id: 'r', backend: 'b', aiml: 'a', carryover: 'partly', whatIsNew: 'n', skill: 's', backendGroup: 'g', aimlGroup: 'h', source: { source: 's' } };
		expect(TransferSchema.safeParse(row).success).toBe(false);
		expect(TransferSchema.safeParse({ ...row, carryover: 'adapt' }).success).toBe(true);
	});
});
