// One fixture per kind of mistake. Each must fail `npm run check` and `astro build` with the same
// report, naming the file, the line and the field.
import { describe, expect, it } from 'vitest';
import { materialize, runBuild, runCheck } from '../support/fixture-site.ts';

const scenarios = [
	{ name: 'missing-field', where: 'content/docs/skills/tokens.mdx:', field: 'backendAnalog: required field is missing', code: 'missing-field' },
	{ name: 'wrong-enum', where: 'content/docs/skills/tokens.mdx:6', field: 'category: "learn-neww" is not allowed', code: 'invalid-value' },
	{ name: 'unknown-reference', where: 'content/docs/skills/context.mdx:8', field: 'prerequisites[0]: unknown skill "tokenz"', code: 'unknown-reference' },
	{ name: 'prerequisite-cycle', where: 'content/docs/skills/', field: 'prerequisites[0]: prerequisites form a cycle: context-windows -> tokens -> context-windows', code: 'prerequisite-cycle' },
	{ name: 'duplicate-id', where: 'content/docs/skills/tokens.mdx:3', field: 'id: id "tokens" is already used by content/docs/notes/why.mdx', code: 'duplicate-id' },
	{ name: 'malformed-url', where: 'content/docs/skills/context.mdx:15', field: 'resources[0].url: expected an absolute http(s) URL', code: 'invalid-format' },
	{ name: 'reserved-heading', where: 'content/docs/skills/tokens.mdx:24', field: 'heading "Pitfalls": the anchor #pitfalls is already used', code: 'reserved-heading' },
	{ name: 'unknown-key', where: 'content/docs/skills/context.mdx:13', field: 'pitfals: unknown field "pitfals"', code: 'unknown-key' },
	{ name: 'phase-over-budget', where: 'content/docs/phases/first.mdx:9', field: 'skills: the 2 skills sum to 61–92 focused hours', code: 'phase-over-budget' },
] as const;

describe('the valid base fixture', () => {
	it('passes the check', () => {
		const { status, output } = runCheck(materialize('base'));
		expect(output).toContain('Content OK: 2 skills, 1 phases');
		expect(status).toBe(0);
	});
});

describe.each(scenarios)('bad input: $name', ({ name, where, field, code }) => {
	const root = materialize(name);
	const check = runCheck(root);

	it('fails npm run check, naming the file, the line and the field', () => {
		expect(check.status).toBe(1);
		expect(check.output).toContain(where);
		expect(check.output).toContain(field);
		expect(check.output).toContain(`help: /contributing/errors/#${code}`);
		// One mistake, one problem: an entry that fails its schema does not cascade into reference errors.
		expect(check.output).toContain('Found 1 problem in 1 file.');
	});

	it('fails astro build with the same report', () => {
		const build = runBuild(root);
		expect(build.status).not.toBe(0);
		const report = check.output.trim();
		expect(build.output).toContain(report);
	});
});
