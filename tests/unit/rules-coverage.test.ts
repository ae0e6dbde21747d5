// Rules that had no test, so a bug in them would have survived the suite (issue 13, "Tests that cannot
// fail"). Each expectation is a literal value; each test was run once against a deliberately broken rule.
import { describe, expect, it } from 'vitest';
import { mermaidHref, mermaidLabel, mermaidText } from '../../src/diagram/escape.ts';
import { injectAnchorAliases } from '../../src/links/anchor-aliases.ts';
import { checkLock, createLock } from '../../src/links/lock.ts';
import { readBuiltPage, type SiteMap } from '../../src/links/site-map.ts';
import { buildSidebar } from '../../src/sidebar/build-sidebar.ts';
import { baseData, checkFixture, hoursPerWeek, page, phase, role, skill, track, validSite } from '../support/fixtures.ts';

const summary = (problems: { code: string; file: string; field: string }[]) => problems.map((p) => `${p.code} ${p.file} ${p.field}`);
const site = (pages: Record<string, string>): SiteMap => new Map(Object.entries(pages).map(([path, html]) => [path, readBuiltPage(html)]));

describe('duplicate ids in data files', () => {
	it('reports the second item of sources.yaml with the same id, at its index', () => {
		const { problems } = checkFixture(validSite(), {
			...baseData,
			'sources.yaml': [
				{ id: 'src-a', title: 'Source A', date: '2026-01-01' },
				{ id: 'src-a', title: 'Source A again', date: '2026-01-02' },
			],
		});
		expect(summary(problems)).toEqual(['duplicate-id content/data/sources.yaml [1].id']);
		expect(problems[0]!.message).toBe('id "src-a" appears twice in this file');
	});

	it('reports a repeated plan id in plans.yaml', () => {
		const plan = { id: 'plan-a', title: 'Plan A', unit: 'day', summary: 's', hoursPerWeek, sources: [{ source: 'src-a' }] };
		const { problems } = checkFixture(validSite(), { ...baseData, 'plans.yaml': [plan, { ...plan, title: 'Plan A twice' }] });
		expect(summary(problems)).toEqual(['duplicate-id content/data/plans.yaml [1].id']);
	});
});

describe('a repeated phase order', () => {
	it('is reported once, at the phase that takes the next place, with the order to set', () => {
		const { problems } = checkFixture([
			...validSite(),
			page('skills/c.mdx', skill('skill-c')),
			page('phases/q.mdx', phase('phase-b', ['skill-c'], { order: 1 })),
			page('tracks/u.mdx', track('track-b', ['phase-b'])),
		]);
		expect(summary(problems)).toEqual(['phase-order-gap content/docs/phases/q.mdx order']);
		expect(problems[0]!.message).toBe('phase "phase-b" has order 1 but is phase 2 of plan "plan-a" (phase-a=1, phase-b=1)');
		expect(problems[0]!.hint).toBe('Number the phases of plan "plan-a" 1 to 2 without gaps or repeats; set order: 2 here or renumber the others.');
	});
});

describe('a misspelled key inside a nested object', () => {
	it('is reported once, at its full path, with the key it probably meant', () => {
		const pages = validSite();
		pages[0] = page('skills/a.mdx', skill('skill-a', { proof: { artifact: 'a', checks: ['c'], chekcs: ['d'] } }));
		const problems = checkFixture(pages).problems;
		expect(summary(problems)).toEqual(['unknown-key content/docs/skills/a.mdx proof.chekcs']);
		expect(problems[0]!.hint).toMatch(/^Did you mean "checks"\?/);
	});
});

describe('diagram label escaping', () => {
	it('turns & and backticks into entity codes (mermaid reads ` as markdown and & as an entity start)', () => {
		expect(mermaidText('R&D `code` &amp;')).toBe('R#38;D #96;code#96; #38;amp#59;');
		expect(mermaidLabel(['a & b', '`x`'])).toBe('a #38; b<br>#96;x#96;');
	});
});

describe('mermaidHref', () => {
	it('percent-encodes spaces and non-ASCII characters, and keeps the path readable otherwise', () => {
		expect(mermaidHref('/notes/café au lait/')).toBe('/notes/caf%C3%A9%20au%20lait/');
		expect(mermaidHref('/skills/日本/#a b')).toBe('/skills/%E6%97%A5%E6%9C%AC/#a%20b');
		expect(mermaidHref('/skills/rag-fundamentals/#why')).toBe('/skills/rag-fundamentals/#why');
	});
});

describe('link lock: a missing anchor', () => {
	const lock = createLock(site({ '/skills/x/': '<h2 id="why">Why</h2><h2 id="how">How</h2>' }), () => 'x');

	it('hints the exact alias entry to add and lists the headings the page has now', () => {
		const [problem, ...rest] = checkLock(lock, site({ '/skills/x/': '<h2 id="why">Why</h2><h2 id="how-to">How to</h2>' }), () => undefined);
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ code: 'missing-anchor', file: 'content/data/redirects.yaml', field: 'anchors' });
		expect(problem!.hint).toBe(
			'Add `- { page: /skills/x/, from: how, to: <new anchor> }` under anchors: (current headings: why, how-to), or run `npm run links:update` if the heading was removed on purpose.',
		);
	});

	it('an alias to a heading that does not exist adds nothing, and the lock still reports the anchor', () => {
		const renamed = '<h2 id="why">Why</h2><h2 id="how-to">How to</h2>';
		const aliased = injectAnchorAliases(renamed, [{ from: 'how', to: 'no-such-heading' }]);
		expect(aliased).toBe(renamed);
		expect(checkLock(lock, site({ '/skills/x/': aliased }), () => undefined).map((p) => p.message)).toEqual(['published anchor /skills/x/#how no longer exists']);
	});
});

describe('buildSidebar ordering', () => {
	// Files in an order that differs from every order the sidebar must show: phase 2 before phase 1,
	// skills not alphabetical within their phase, tracks and roles not by title.
	const { graph } = checkFixture([
		page('skills/a.mdx', skill('skill-a', { title: 'Alpha skill' })),
		page('skills/m.mdx', skill('skill-m', { title: 'Mike skill' })),
		page('skills/z.mdx', skill('skill-z', { title: 'Zulu skill' })),
		page('phases/a-second.mdx', phase('phase-two', ['skill-a'], { title: 'Second', order: 2, window: { unit: 'day', from: 31, to: 60 } })),
		page('phases/b-first.mdx', phase('phase-one', ['skill-z', 'skill-m'], { title: 'First' })),
		page('tracks/a.mdx', track('track-z', ['phase-one', 'phase-two'], { title: 'Zulu track', roles: ['role-b', 'role-a'] })),
		page('tracks/b.mdx', track('track-a', ['phase-one'], { title: 'Alpha track', roles: ['role-a'] })),
		page('roles/a.mdx', role('role-b', { title: 'Bravo role' })),
		page('roles/b.mdx', role('role-a', { title: 'Able role' })),
	]);
	const labels = (items: ReturnType<typeof buildSidebar>): unknown =>
		items.map((item) => ('items' in item ? { [item.label]: labels(item.items) } : `${item.label} ${item.link}`));

	it('lists phases by order within their plan, skills in phase order, tracks and roles by title', () => {
		expect(labels(buildSidebar(graph))).toEqual([
			{
				Phases: [
					{
						'Plan A': [
							{ 'Days 1–30: First': ['Phase overview /phases/b-first/', 'Zulu skill /skills/z/', 'Mike skill /skills/m/'] },
							{ 'Days 31–60: Second': ['Phase overview /phases/a-second/', 'Alpha skill /skills/a/'] },
						],
					},
				],
			},
			{ Tracks: ['Alpha track /tracks/b/', 'Zulu track /tracks/a/'] },
			{ Roles: ['Able role /roles/b/', 'Bravo role /roles/a/'] },
		]);
	});
});
