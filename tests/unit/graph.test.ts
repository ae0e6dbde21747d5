import { describe, expect, it } from 'vitest';
import { tracksOfSkill } from '../../src/graph/build-graph.ts';
import { findCycles } from '../../src/graph/cycles.ts';
import { bodyHeadings } from '../../src/graph/check-headings.ts';
import { bodyLinks } from '../../src/graph/links.ts';
import { checkFixture, hoursPerWeek, note, page, phase, role, skill, track, validSite } from '../support/fixtures.ts';

const summary = (problems: { code: string; file: string; field: string }[]) => problems.map((p) => `${p.code} ${p.file} ${p.field}`);

describe('buildGraph', () => {
	it('computes phase, tracks and unlocks of a skill', () => {
		const { graph, problems } = checkFixture(validSite());
		expect(problems).toEqual([]);
		expect(graph.phaseOf.get('skill-b')).toBe('phase-a');
		expect(tracksOfSkill(graph, 'skill-b')).toEqual(['track-a']);
		expect(graph.unlocks.get('skill-a')).toEqual(['skill-b']);
	});

	it('collects backlinks from typed references and from links in bodies', () => {
		const { graph } = checkFixture(validSite());
		const from = (key: string) => (graph.referencedBy.get(key) ?? []).map((b) => `${b.from.href} ${b.via}`).sort();
		expect(from('skill:skill-a')).toEqual(['/phases/p/ phase', '/skills/b/ prerequisite']);
		expect(from('skill:skill-b')).toEqual(['/notes/n/ note', '/phases/p/ phase']);
		expect(from('role:role-a')).toEqual(['/notes/n/ link', '/tracks/t/ track']);
	});
});

describe('checkGraph', () => {
	it('accepts a consistent roadmap', () => {
		expect(checkFixture(validSite()).problems).toEqual([]);
	});

	it('reports an unknown reference with the field, the line and a suggestion', () => {
		const pages = validSite();
		pages[1] = page('skills/b.mdx', skill('skill-b', { prerequisites: ['skill-aa'] }));
		const [problem, ...rest] = checkFixture(pages).problems;
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ code: 'unknown-reference', file: 'content/docs/skills/b.mdx', field: 'prerequisites[0]', message: 'unknown skill "skill-aa"' });
		expect(problem?.hint).toContain('Did you mean "skill-a"?');
		expect(problem?.line).toBeGreaterThan(1);
	});

	it('rejects a prerequisite cycle and names it', () => {
		const pages = validSite();
		pages[0] = page('skills/a.mdx', skill('skill-a', { prerequisites: ['skill-b'] }));
		const problems = checkFixture(pages).problems;
		expect(summary(problems)).toEqual(['prerequisite-cycle content/docs/skills/a.mdx prerequisites[0]']);
		expect(problems[0]?.message).toBe('prerequisites form a cycle: skill-a -> skill-b -> skill-a (content/docs/skills/a.mdx:26 skill-a needs skill-b; content/docs/skills/b.mdx:26 skill-b needs skill-a)');
	});

	it('rejects a duplicate id across kinds', () => {
		const problems = checkFixture([...validSite(), page('notes/dup.mdx', note('skill-a', ['skill-a']))]).problems;
		expect(summary(problems)).toEqual(['duplicate-id content/docs/notes/dup.mdx id']);
		expect(problems[0]?.message).toContain('content/docs/skills/a.mdx');
	});

	it('requires every skill in exactly one phase', () => {
		const orphan = checkFixture([...validSite(), page('skills/c.mdx', skill('skill-c'))]).problems;
		expect(summary(orphan)).toEqual(['skill-without-phase content/docs/skills/c.mdx id']);
		const twice = checkFixture([
			...validSite(),
			page('phases/q.mdx', phase('phase-b', ['skill-a'], { order: 2 })),
			page('tracks/u.mdx', track('track-b', ['phase-b'])),
		]).problems;
		expect(summary(twice)).toEqual(['skill-in-two-phases content/docs/skills/a.mdx id']);
	});

	it('requires every phase in a track and every role in a track', () => {
		const pages = validSite().filter((p) => !p.file.includes('tracks/'));
		const codes = checkFixture([...pages, page('tracks/t.mdx', track('track-a', ['phase-a'], { roles: ['role-b'] })), page('roles/b.mdx', role('role-b'))]).problems.map((p) => p.code);
		expect(codes).toEqual(['role-without-track']);
		expect(checkFixture(pages).problems.map((p) => p.code)).toEqual(expect.arrayContaining(['phase-without-track', 'role-without-track']));
	});

	it('rejects gaps in phase order within a plan', () => {
		const problems = checkFixture([
			...validSite(),
			page('skills/c.mdx', skill('skill-c')),
			page('phases/q.mdx', phase('phase-b', ['skill-c'], { order: 3 })),
			page('tracks/u.mdx', track('track-b', ['phase-b'])),
		]).problems;
		expect(summary(problems)).toEqual(['phase-order-gap content/docs/phases/q.mdx order']);
		expect(problems[0]?.hint).toContain('set order: 2 here');
	});

	it('checks references from data files too', () => {
		const problems = checkFixture(validSite(), {
			'sources.yaml': [{ id: 'src-a', title: 'Source A', date: '2026-01-01' }],
			'plans.yaml': [{ id: 'plan-a', title: 'Plan A', unit: 'day', summary: 's', hoursPerWeek, sources: [{ source: 'src-b' }] }],
		}).problems;
		expect(summary(problems)).toEqual(['unknown-reference content/data/plans.yaml [0].sources[0].source']);
	});

	it('rejects a body heading that takes the anchor of a generated section, naming its line', () => {
		const pages = validSite();
		const body = 'Intro.\n\n## How it works\n\n## Pitfalls\n\nText.\n\n```md\n## Sources\n```';
		pages[0] = { ...page('skills/a.mdx', skill('skill-a'), body), bodyLine: 20 };
		const problems = checkFixture(pages).problems;
		expect(summary(problems)).toEqual(['reserved-heading content/docs/skills/a.mdx heading "Pitfalls"']);
		expect(problems[0]!.line).toBe(24);
		expect(problems[0]!.hint).toContain('#pitfalls');
	});

	it('collects every problem instead of stopping at the first', () => {
		const pages = validSite();
		pages[1] = page('skills/b.mdx', skill('skill-b', { prerequisites: ['nope'] }));
		pages.push(page('skills/c.mdx', skill('skill-c')), page('notes/m.mdx', note('note-b', ['missing'])));
		expect(checkFixture(pages).problems.map((p) => p.code).sort()).toEqual(['skill-without-phase', 'unknown-reference', 'unknown-reference']);
	});
});

describe('findCycles', () => {
	it('finds each cycle once and ignores dangling edges', () => {
		const edges = new Map([
			['a', ['b']],
			['b', ['c', 'x']],
			['c', ['a']],
			['d', ['d']],
		]);
		expect(findCycles(edges)).toEqual([['a', 'b', 'c', 'a'], ['d', 'd']]);
	});
});

describe('bodyLinks', () => {
	it('finds Markdown and href links, normalised, without hashes', () => {
		const body = 'See [x](/skills/x) and [y](/notes/y/#part "t") and <a href="/roles/z/?q=1">z</a>, not [ext](https://e.org/).';
		expect(bodyLinks(body).sort()).toEqual(['/notes/y/', '/roles/z/', '/skills/x/']);
	});
});

describe('bodyHeadings', () => {
	it('slugs headings as Astro does, deduplicated, skipping code fences and inline markup', () => {
		const body = '## The *path*\n\n~~~\n## Not a heading\n~~~\n\n### The path\n\n## [Evals](/skills/evals/) in `CI` ##';
		expect(bodyHeadings(body)).toEqual([
			{ text: 'The path', slug: 'the-path', line: 0 },
			{ text: 'The path', slug: 'the-path-1', line: 6 },
			{ text: 'Evals in CI', slug: 'evals-in-ci', line: 8 },
		]);
	});
});
