import { describe, expect, it } from 'vitest';
import { validatePages, type Validated } from '../../src/check/validate.ts';
import { formatReport, summarize } from '../../src/errors/format.ts';
import { closest } from '../../src/errors/suggest.ts';
import { emptyData } from '../../src/graph/model.ts';

const validate = (frontmatter: string) => {
	const into: Validated = { entries: [], pages: [], data: emptyData(), problems: [], sources: new Map(), invalid: [] };
	validatePages([{ file: 'content/docs/skills/rag.mdx', slug: 'skills/rag', frontmatter, body: '' }], into);
	return into.problems;
};

const skillYaml = (override: string) => `kind: skill
id: rag
title: RAG
summary: s
category: learn-new
backendAnalog: b
effort: { min: 1, max: 2 }
proof:
  artifact: a
  checks: [c]
pitfalls: [p]
resources:
  - { kind: docs, title: t, url: 'https://example.org/', cost: free, lastVerified: '2026-12-01' }
sources:
  - source: src-a
lastReviewed: '2026-12-01'
${override}`;

describe('author-facing problems from the schema', () => {
	it('names the field, the line and the valid values of a wrong enum', () => {
		const [problem] = validate(skillYaml('').replace('category: learn-new', 'category: learn-neww'));
		expect(problem).toMatchObject({ code: 'invalid-value', field: 'category', line: 6, file: 'content/docs/skills/rag.mdx' });
		expect(problem?.hint).toBe('Did you mean "learn-new"? Use one of: carries-over | learn-new | skip-for-now | deepen-later.');
	});

	it('names an unknown key and suggests the field it resembles', () => {
		const [problem] = validate(skillYaml('pitfals: [x]'));
		expect(problem).toMatchObject({ code: 'unknown-key', field: 'pitfals', line: 18 });
		expect(problem?.hint).toMatch(/^Did you mean "pitfalls"\? Remove it/);
	});

	it('names a missing field and what it expects, from the schema description', () => {
		const [problem] = validate(skillYaml('').replace('backendAnalog: b\n', ''));
		expect(problem).toMatchObject({ code: 'missing-field', field: 'backendAnalog' });
		expect(problem?.hint).toContain('What a backend engineer already does');
	});

	it('points at the nested line of a malformed URL', () => {
		const [problem] = validate(skillYaml('').replace("url: 'https://example.org/'", 'url: example.org'));
		expect(problem).toMatchObject({ code: 'invalid-format', field: 'resources[0].url', line: 14 });
		expect(problem?.message).toContain('absolute https URL');
	});

	it('reports YAML syntax errors with their line instead of throwing', () => {
		const [problem] = validate('title: a\nsummary: "unclosed\n');
		expect(problem?.code).toBe('yaml-syntax');
		expect(problem?.line).toBeGreaterThanOrEqual(3);
	});

	it('rejects an unknown kind and lists the kinds', () => {
		const [problem] = validate(skillYaml('').replace('kind: skill', 'kind: skil'));
		expect(problem).toMatchObject({ code: 'invalid-value', field: 'kind', line: 2 });
		expect(problem?.hint).toContain('Did you mean "skill"?');
	});
});

describe('formatReport', () => {
	it('prints four parts per problem and ends with a count', () => {
		const report = formatReport([
			{ code: 'unknown-reference', file: 'content/docs/skills/b.mdx', line: 7, field: 'prerequisites[1]', message: 'unknown skill "rag-evals"', hint: 'Use the id of a skill.' },
			{ code: 'duplicate-id', file: 'content/docs/notes/a.mdx', line: 3, field: 'id', message: 'id "x" is already used', hint: 'Give it its own id.' },
		]);
		expect(report).toMatchInlineSnapshot(`
			"content/docs/notes/a.mdx:3
			  id: id "x" is already used
			  fix: Give it its own id.
			  help: /contributing/errors/#duplicate-id [duplicate-id]

			content/docs/skills/b.mdx:7
			  prerequisites[1]: unknown skill "rag-evals"
			  fix: Use the id of a skill.
			  help: /contributing/errors/#unknown-reference [unknown-reference]

			Found 2 problems in 2 files."
		`);
	});

	it('counts files once', () => {
		const p = { code: 'too-few', file: 'a', field: 'x', message: 'm', hint: 'h' } as const;
		expect(summarize([p, p])).toBe('Found 2 problems in 1 file.');
	});
});

describe('closest', () => {
	it('suggests near misses only', () => {
		expect(closest('evals-design', ['eval-design', 'embeddings'])).toBe('eval-design');
		expect(closest('kubernetes', ['eval-design', 'embeddings'])).toBeUndefined();
	});
});
