// One fixture per kind of mistake. Each must fail `npm run check` and `astro build` with the same
// report, naming the file, the line and the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { materialize, runBuild, runCheck } from '../support/fixture-site.ts';

const scenarios = [
	{ name: 'missing-field', where: 'content/docs/skills/tokens.mdx:', field: 'backendAnalog: required field is missing', code: 'missing-field' },
	{ name: 'wrong-enum', where: 'content/docs/skills/tokens.mdx:6', field: 'category: "learn-neww" is not allowed', code: 'invalid-value' },
	{ name: 'unknown-reference', where: 'content/docs/skills/context.mdx:8', field: 'prerequisites[0]: unknown skill "tokenz"', code: 'unknown-reference' },
	{ name: 'prerequisite-cycle', where: 'content/docs/skills/context.mdx:8', field: 'prerequisites[0]: prerequisites form a cycle: context-windows -> tokens -> context-windows (content/docs/skills/context.mdx:8 context-windows needs tokens; content/docs/skills/tokens.mdx:8 tokens needs context-windows)', code: 'prerequisite-cycle' },
	{ name: 'duplicate-id', where: 'content/docs/skills/tokens.mdx:3', field: 'id: id "tokens" is already used by content/docs/notes/why.mdx', code: 'duplicate-id' },
	{ name: 'malformed-url', where: 'content/docs/skills/context.mdx:15', field: 'resources[0].url: expected an absolute https URL', code: 'invalid-format' },
	{ name: 'reserved-heading', where: 'content/docs/skills/tokens.mdx:25', field: 'heading "Pitfalls": the anchor #pitfalls is already used', code: 'reserved-heading' },
	{ name: 'unknown-key', where: 'content/docs/skills/context.mdx:13', field: 'pitfals: unknown field "pitfals"', code: 'unknown-key' },
	{ name: 'phase-over-budget', where: 'content/docs/phases/first.mdx:9', field: 'skills: the 2 skills sum to 61–92 focused hours', code: 'phase-over-budget' },
	// Issue 13. The permanent-id promise:
	{ name: 'changed-id', where: 'content/docs/notes/why.mdx:3', field: 'id: the id changed from "why-note" to "why-tokens"', code: 'changed-id' },
	// Mistakes that passed silently:
	{ name: 'empty-title', where: 'content/docs/skills/tokens.mdx:4', field: 'title: the title must not be empty', code: 'text-length' },
	{ name: 'prerequisite-later-phase', where: 'content/docs/skills/context.mdx:8', field: 'prerequisites[0]: "tokens" is taught in phase 2 ("second-phase"), after this skill\'s phase 1', code: 'prerequisite-later-phase' },
	{ name: 'duplicate-url', where: 'content/docs/notes/why/index.mdx:1', field: 'publishes /notes/why/, which content/docs/notes/why.mdx publishes too', code: 'duplicate-url' },
	{ name: 'kind-outside-folder', where: 'content/docs/notes/tokens.mdx:2', field: 'kind: a skill page lives in notes/', code: 'kind-outside-folder' },
	{ name: 'window-unit-mismatch', where: 'content/docs/phases/first.mdx:7', field: 'window.unit: the window is counted in months, but plan "plan-a" counts in days', code: 'window-unit-mismatch' },
	{ name: 'setext-heading', where: 'content/docs/skills/tokens.mdx:25', field: 'heading "Pitfalls": the anchor #pitfalls is already used', code: 'reserved-heading' },
	{ name: 'body-broken-link', where: 'content/docs/notes/why.mdx:10', field: 'link: "/skills/nope/" is broken: no page at /skills/nope/', code: 'broken-link' },
	{ name: 'body-broken-anchor', where: 'content/docs/notes/why.mdx:10', field: 'link: "/skills/tokens/#nowhere" is broken: no #nowhere on /skills/tokens/', code: 'broken-link' },
	{ name: 'deleted-page', where: 'content/data/redirects.yaml', field: 'pages: published URL /guides/gone/ no longer exists', code: 'missing-url' },
	{ name: 'malformed-redirects', where: 'content/data/redirects.yaml:2', field: 'pages[0].from: expected a site path', code: 'invalid-format' },
	// Reports that misled:
	{ name: 'yaml-tab', where: 'content/data/sources.yaml:3', field: 'line 3 is indented with a tab', code: 'yaml-syntax' },
	{ name: 'yaml-tab-in-page', where: 'content/docs/skills/tokens.mdx:6', field: 'references to "tokens" from other files were not checked', code: 'yaml-syntax' },
	{ name: 'yaml-tab-in-phase', where: 'content/docs/phases/first.mdx:9', field: 'references to "first-phase" from other files were not checked', code: 'yaml-syntax' },
	{ name: 'duplicate-key', where: 'content/docs/skills/tokens.mdx:6', field: 'title: the field "title" appears twice', code: 'yaml-syntax' },
	{ name: 'missing-kind', where: 'content/docs/skills/tokens.mdx:2', field: 'kind: required field "kind" is missing', code: 'missing-field' },
	{ name: 'http-url', where: 'content/docs/skills/context.mdx:15', field: 'resources[0].url: expected an absolute https URL', code: 'invalid-format' },
	// Crashes:
	{ name: 'alias-bomb', where: 'content/data/sources.yaml:1', field: 'the YAML expands its aliases (*name) into too large a document', code: 'yaml-syntax' },
	// Hostile text:
	{ name: 'markup-in-title', where: 'content/docs/skills/tokens.mdx:4', field: 'title: must be plain text, but "</title>" looks like an HTML tag', code: 'markup-in-text' },
	{ name: 'unsafe-link', where: 'content/docs/notes/why.mdx:10', field: 'link: "javascript:alert(1)" uses the javascript: scheme', code: 'unsafe-url' },
	// Issue 10 §3, a review date on every page:
	{ name: 'missing-review-date', where: 'content/docs/notes/why.mdx:', field: 'lastReviewed: required field is missing', code: 'missing-field' },
	{ name: 'future-review-date', where: 'content/docs/notes/why.mdx:8', field: 'lastReviewed: must not be in the future', code: 'invalid-value' },
	// Issue 10 §3, content/data/roadmap-sh-coverage.yaml (optional; the base fixture has none, and passes):
	{ name: 'coverage-unknown-page', where: 'content/data/roadmap-sh-coverage.yaml:8', field: '[0].nodes[0].covered[0]: "tokenz" is neither a skill nor a note', code: 'coverage-unknown-page' },
	{ name: 'coverage-unknown-anchor', where: 'content/data/roadmap-sh-coverage.yaml:8', field: '[0].nodes[0].covered[0]: /skills/tokens/ has no heading with the anchor #how-to-cont', code: 'coverage-unknown-anchor' },
	{ name: 'coverage-duplicate-node', where: 'content/data/roadmap-sh-coverage.yaml:10', field: '[0].nodes[2].slugs: the node file "tokens" is already listed in roadmap "demo" as nodes[0]', code: 'coverage-duplicate-node' },
	{ name: 'coverage-count-mismatch', where: 'content/data/roadmap-sh-coverage.yaml:6', field: '[0].nodeCount: roadmap "demo" declares 3 nodes but lists 2', code: 'coverage-count-mismatch' },
] as const;

describe('the valid base fixture', () => {
	it('passes the check', () => {
		const { status, output } = runCheck(materialize('base'));
		expect(output).toContain('Content OK: 2 skills, 1 phases');
		expect(status).toBe(0);
	});

	it('passes with a byte-order mark and CRLF line endings, as Astro reads them', () => {
		const { status, output } = runCheck(materialize('bom-crlf'));
		expect(output).toContain('Content OK: 2 skills, 1 phases');
		expect(status).toBe(0);
	});

	it('says in one line which rules only the build applies', () => {
		const { output } = runCheck(materialize('base'));
		expect(output).toMatch(/^Checked only by `npm run build` \(they need the built HTML\): .*links inside generated diagrams.*stale-link-lock.*$/m);
	});
});

describe('a changed id with an alias in redirects.yaml', () => {
	const root = materialize('changed-id', ['changed-id', 'id-alias']);

	it('passes the check and the build; the old short link leads to the entry and the alias is published', () => {
		const check = runCheck(root);
		expect(check.output).toContain('Content OK');
		expect(check.status).toBe(0);
		const build = runBuild(root);
		expect(build.status, build.output).toBe(0);
		expect(readFileSync(join(root, 'dist/s/why-note/index.html'), 'utf8')).toContain('url=/notes/why/');
		expect(JSON.parse(readFileSync(join(root, 'dist/roadmap-id-aliases.json'), 'utf8'))).toEqual({ version: 1, aliases: { 'why-note': 'why-tokens' } });
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
		// The check's last line names the rules only the build applies; the build prints the report itself.
		const report = check.output.replace(/^Checked only by .*$/m, '').trim();
		expect(build.output).toContain(report);
	});
});
