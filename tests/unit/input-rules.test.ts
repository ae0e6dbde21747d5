// Issue 13: the rules for mistakes that passed silently, misleading reports and hostile text, at unit level.
// The build fixtures (tests/build/bad-input.test.ts) show one report per class end to end; these pin the edges.
import { describe, expect, it } from 'vitest';
import { duplicateUrls, splitPage } from '../../src/check/read-fs.ts';
import { parseYamlSource } from '../../src/check/yaml-source.ts';
import { problemCodes } from '../../src/errors/catalogue.ts';
import { checkBodyLinks, isUnsafeUrl, linksInBody } from '../../src/graph/check-body-links.ts';
import { bodyHeadings } from '../../src/graph/check-headings.ts';
import { checkLockedUrls, checkLockIds, idAliases } from '../../src/links/lock-ids.ts';
import { RedirectsSchema } from '../../src/schemas/redirects.ts';
import { baseData, checkFixture, page, phase, skill, validSite } from '../support/fixtures.ts';

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);
const redirects = (extra: Partial<{ pages: unknown[]; anchors: unknown[]; ids: unknown[] }> = {}) => RedirectsSchema.parse(extra);

describe('titles and descriptions', () => {
	const withTitle = (title: string, description?: string) => {
		const pages = validSite();
		pages[0] = page('skills/a.mdx', skill('skill-a', { title, ...(description === undefined ? {} : { description }) }));
		return checkFixture(pages).problems;
	};

	it('accepts 80 characters and rejects 81, naming the limit', () => {
		expect(withTitle('t'.repeat(80))).toEqual([]);
		const [problem, ...rest] = withTitle('t'.repeat(81));
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ code: 'text-length', field: 'title' });
		expect(problem?.message).toContain('longer than 80 characters (it has 81; at most 80)');
	});

	it('rejects an empty or whitespace-only title', () => {
		expect(codes(withTitle('   '))).toEqual(['text-length']);
		expect(codes(withTitle(''))).toEqual(['text-length']);
	});

	it('bounds descriptions at 240 characters', () => {
		expect(withTitle('Fine', 'd'.repeat(240))).toEqual([]);
		const [problem] = withTitle('Fine', 'd'.repeat(241));
		expect(problem).toMatchObject({ code: 'text-length', field: 'description' });
		expect(problem?.message).toContain('at most 240');
	});
});

describe('markup in plain-text fields', () => {
	const withSkill = (extra: Record<string, unknown>) => {
		const pages = validSite();
		pages[0] = page('skills/a.mdx', skill('skill-a', extra));
		return checkFixture(pages).problems;
	};

	it.each([
		['title', { title: '</title><script>alert(1)</script>' }, '</title>'],
		['summary', { summary: 'Use <b>bold</b> claims' }, '<b>'],
		['pitfalls[0]', { pitfalls: ['<img src=x onerror=alert(1)>'] }, '<img'],
		['sources[0].locator', { sources: [{ source: 'src-a', locator: 'see <!-- here -->' }] }, '<!--'],
		['description', { description: 'A <?php echo 1 ?> page' }, '<?php'],
	])('rejects a tag in %s', (field, extra, tag) => {
		const [problem, ...rest] = withSkill(extra);
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ code: 'markup-in-text', field });
		expect(problem?.message).toContain(`"${tag}`);
	});

	it('keeps a lone "<" that no browser reads as a tag', () => {
		expect(withSkill({ summary: 'Latency a < b, answers in <500 ms, retries <= 2, and 3<4.' })).toEqual([]);
	});

	it('rejects markup in data-file text too', () => {
		const data = { ...baseData, 'sources.yaml': [{ id: 'src-a', title: 'Source <script>', date: '2026-01-01' }] };
		expect(checkFixture(validSite(), data).problems.map((p) => `${p.code} ${p.field}`)).toEqual(['markup-in-text [0].title']);
	});
});

describe('URLs that run code', () => {
	it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://example.org/', 'vbscript:x'])('a source url %s is rejected', (url) => {
		const data = { ...baseData, 'sources.yaml': [{ id: 'src-a', title: 'Source A', date: '2026-01-01', url }] };
		const problems = checkFixture(validSite(), data).problems;
		expect(problems.map((p) => `${p.code} ${p.field}`)).toEqual(['invalid-format [0].url']);
		expect(problems[0]?.message).toContain('https');
	});

	it('a resource url javascript: is rejected', () => {
		const pages = validSite();
		pages[0] = page('skills/a.mdx', skill('skill-a', { resources: [{ kind: 'docs', title: 't', url: 'javascript:alert(1)', cost: 'free', lastVerified: '2026-12-01' }] }));
		expect(checkFixture(pages).problems.map((p) => `${p.code} ${p.field}`)).toEqual(['invalid-format resources[0].url']);
	});

	it('redirects.yaml takes only site paths, anchors and ids', () => {
		expect(RedirectsSchema.safeParse({ pages: [{ from: 'javascript:alert(1)', to: '/x/' }] }).success).toBe(false);
		expect(RedirectsSchema.safeParse({ pages: [{ from: '/x/', to: 'data:text/html,hi' }] }).success).toBe(false);
		expect(RedirectsSchema.safeParse({ ids: [{ from: 'javascript:alert(1)', to: 'x' }] }).success).toBe(false);
		expect(RedirectsSchema.safeParse({ ids: [{ from: 'old-id', to: 'new-id' }] }).success).toBe(true);
	});

	it('recognises code-running schemes the way browsers read them', () => {
		for (const url of ['javascript:x', 'JavaScript:x', ' javascript:x', 'java\tscript:x', 'java\nscript:x', 'data:text/html,x', 'vbscript:x']) expect(isUnsafeUrl(url), url).toBe(true);
		for (const url of ['/skills/a/', '#x', 'https://example.org/javascript:', 'mailto:a@b.c', 'javascript-guide/']) expect(isUnsafeUrl(url), url).toBe(false);
	});

	it('finds links in Markdown, reference definitions, JSX and HTML, but not in code', () => {
		const body = ['[a](/a/)', '[b][ref]', '', '[ref]: javascript:alert(1)', '', '<a href="javascript:void(0)">x</a>', '', '<LinkCard href="/c/" title="c" />', '', '```', '[no](/code/)', '```', '`[no](/inline/)`'].join('\n');
		expect(linksInBody(body).map((l) => `${l.line}:${l.url}`)).toEqual(['0:/a/', '3:javascript:alert(1)', '5:javascript:void(0)', '7:/c/']);
	});

	it('reports a javascript: link written as a reference definition in a body', () => {
		const pages = validSite();
		pages[1] = { ...page('skills/b.mdx', skill('skill-b', { prerequisites: ['skill-a'] }), 'See [this][x].\n\n[x]: javascript:alert(1)\n'), bodyLine: 30 };
		const { graph } = checkFixture(pages);
		expect(checkBodyLinks(graph, redirects()).map((p) => `${p.code} ${p.file}:${p.line}`)).toEqual(['unsafe-url content/docs/skills/b.mdx:32']);
	});
});

describe('headings as the Markdown parser sees them', () => {
	it('finds setext headings, skips code blocks, and looks inside components', () => {
		const body = ['Sources', '=======', '', 'Pitfalls', '--------', '', '```md', '## Not a heading', '```', '', '<Aside>', '', '## Inside', '', '</Aside>'].join('\n');
		expect(bodyHeadings(body).map((h) => `${h.line}:${h.slug}`)).toEqual(['0:sources', '3:pitfalls', '12:inside']);
	});
});

describe('body links checked without a build', () => {
	it('accepts links to pages, short links, redirects and known anchors', () => {
		const pages = validSite();
		pages[1] = page('skills/b.mdx', skill('skill-b', { prerequisites: ['skill-a'] }), '[a](/skills/a/#pitfalls) [s](/s/skill-a/) [old](/old/) [self](#sources)');
		const { graph } = checkFixture(pages);
		expect(checkBodyLinks(graph, redirects({ pages: [{ from: '/old/', to: '/skills/a/' }] }))).toEqual([]);
	});

	it('names the anchors that exist when one does not', () => {
		const pages = validSite();
		pages[1] = page('skills/b.mdx', skill('skill-b', { prerequisites: ['skill-a'] }), '[a](/skills/a/#nope)');
		const [problem] = checkBodyLinks(checkFixture(pages).graph, redirects());
		expect(problem).toMatchObject({ code: 'broken-link', message: '"/skills/a/#nope" is broken: no #nope on /skills/a/' });
		expect(problem?.hint).toContain('#pitfalls');
	});

	it('resolves relative links against the page, as a browser does', () => {
		const pages = validSite();
		pages[1] = page('skills/b.mdx', skill('skill-b', { prerequisites: ['skill-a'] }), '[a](../a/#pitfalls) [b](../a/#nope) [c](../../skills/none/) [d](mailto:x@example.org) [e](https://example.org/x)');
		const problems = checkBodyLinks(checkFixture(pages).graph, redirects());
		expect(problems.map((p) => p.message)).toEqual(['"../a/#nope" is broken: no #nope on /skills/a/', '"../../skills/none/" is broken: no page at /skills/none/']);
	});
});

describe('permanent ids and the link lock', () => {
	const graph = () => checkFixture(validSite()).graph;
	const lock = (id: string, path = '/skills/a/') => ({ pages: { [path]: { id, anchors: [] } } });

	it('passes when every locked id still exists', () => {
		expect(checkLockIds(lock('skill-a'), graph(), redirects())).toEqual([]);
	});

	it('reports a changed id at the page, with the old and new id and both fixes', () => {
		const [problem, ...rest] = checkLockIds(lock('skill-old'), graph(), redirects());
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ code: 'changed-id', file: 'content/docs/skills/a.mdx', field: 'id' });
		expect(problem?.message).toContain('from "skill-old" to "skill-a"');
		expect(problem?.hint).toContain('Restore `id: skill-old`');
		expect(problem?.hint).toContain('`- { from: skill-old, to: skill-a }` under ids:');
	});

	it('reports a removed id at redirects.yaml when no page has its URL any more', () => {
		const [problem] = checkLockIds(lock('gone', '/skills/gone/'), graph(), redirects());
		expect(problem).toMatchObject({ code: 'changed-id', file: 'content/data/redirects.yaml', field: 'ids' });
		expect(problem?.message).toContain('"gone"');
	});

	it('accepts an alias, and checks that it leads to an existing id and does not shadow one', () => {
		expect(checkLockIds(lock('skill-old'), graph(), redirects({ ids: [{ from: 'skill-old', to: 'skill-a' }] }))).toEqual([]);
		expect(codes(checkLockIds(lock('skill-old'), graph(), redirects({ ids: [{ from: 'skill-old', to: 'skill-z' }] })))).toEqual(['unknown-reference']);
		expect(codes(checkLockIds({ pages: {} }, graph(), redirects({ ids: [{ from: 'skill-b', to: 'skill-a' }] })))).toEqual(['duplicate-id']);
	});

	it('publishes the aliases as old id -> new id', () => {
		expect(idAliases(redirects({ ids: [{ from: 'a-old', to: 'a' }, { from: 'b-old', to: 'b' }] }))).toEqual({ 'a-old': 'a', 'b-old': 'b' });
	});
});

describe('reports that do not mislead', () => {
	it('a plain page with a typo still hears about the typo, not about kind', () => {
		const problems = checkFixture([...validSite(), page('guides/g.mdx', { title: 'Guide', descripton: 'x' })]).problems;
		expect(problems.map((p) => `${p.code} ${p.field}`)).toEqual(['unknown-key descripton']);
	});

	it('a page without kind is told kind is missing, with the kinds, and references to it are not a second problem', () => {
		const pages = validSite();
		const { kind: _, ...noKind } = skill('skill-a');
		pages[0] = page('skills/a.mdx', noKind);
		const problems = checkFixture(pages).problems;
		expect(problems.map((p) => `${p.code} ${p.field}`)).toEqual(['missing-field kind']);
		expect(problems[0]?.hint).toContain('Add `kind: skill`');
		expect(problems[0]?.hint).toContain('skill | phase | track | role | note | project');
	});

	it('one bad source does not make references to the others unknown, nor references to itself', () => {
		const data = { ...baseData, 'sources.yaml': [{ id: 'src-a', title: 'Source A', date: 'yesterday' }] };
		expect(checkFixture(validSite(), data).problems.map((p) => `${p.code} ${p.field}`)).toEqual(['invalid-format [0].date']);
	});

	it('a duplicate key names the key', () => {
		const { problems } = parseYamlSource('id: a\ntitle: A\nsummary: s\ntitle: B\n', 'f.yaml');
		expect(problems).toEqual([expect.objectContaining({ code: 'yaml-syntax', line: 4, field: 'title', message: 'the field "title" appears twice in the same block' })]);
		expect(problems[0]?.hint).not.toContain('indent');
	});

	it('reads YAML the same whichever parser reads it, with lines for problems either way', () => {
		// The quick parser (js-yaml) types these scalars differently from `yaml`, so they must be read carefully.
		const data = (text: string) => parseYamlSource(text, 'f.yaml').source?.data as Record<string, unknown>;
		expect(data('a: 0b101\nb: +.5\nc: -0\n')).toEqual({ a: '0b101', b: 0.5, c: -0 });
		// The quick path still answers lines (from a careful parse on first use).
		const quick = parseYamlSource('id: a\nlinks:\n  - one\n  - two\n', 'f.yaml', 2);
		expect(quick.source?.data).toEqual({ id: 'a', links: ['one', 'two'] });
		expect(quick.source?.lineOf(['links', 1])).toBe(5);
		// Aliases go the careful way, which refuses a document that expands too far.
		const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
		expect(parseYamlSource(bomb, 'f.yaml').problems.map((p) => p.message)).toEqual(['the YAML expands its aliases (*name) into too large a document']);
	});

	it('a cycle of three names every file with its line', () => {
		const pages = validSite();
		pages[0] = page('skills/a.mdx', skill('skill-a', { prerequisites: ['skill-c'] }));
		pages.push(page('skills/c.mdx', skill('skill-c', { prerequisites: ['skill-b'] })));
		pages[2] = page('phases/p.mdx', phase('phase-a', ['skill-a', 'skill-b', 'skill-c']));
		const cycles = checkFixture(pages).problems.filter((p) => p.code === 'prerequisite-cycle');
		expect(cycles).toHaveLength(1);
		for (const file of ['a', 'b', 'c']) expect(cycles[0]?.message).toMatch(new RegExp(`content/docs/skills/${file}\\.mdx:\\d+`));
	});

	it('reads a page with a byte-order mark and CRLF line endings', () => {
		const raw = splitPage('content/docs/x.mdx', 'x', '\uFEFF---\r\ntitle: X\r\n---\r\nBody\r\n');
		expect(raw.frontmatter).toBe('title: X');
		expect(raw.bodyLine).toBe(4);
	});

	it('reports files that publish one URL, whatever the extension or index form', () => {
		const raw = ['notes/x.md', 'notes/x.mdx', 'notes/x/index.mdx'].map((f) => splitPage(`content/docs/${f}`, 'notes/x', '---\ntitle: X\n---\n'));
		expect(duplicateUrls(raw).map((p) => `${p.code} ${p.file}`)).toEqual(['duplicate-url content/docs/notes/x.mdx', 'duplicate-url content/docs/notes/x/index.mdx']);
	});
});

describe('prerequisites and phases', () => {
	const site = (aPhase: number, bPhase: number, plans: [string, string] = ['plan-a', 'plan-a']) => {
		const pages = validSite().filter((p) => !p.file.includes('/phases/'));
		const phases = [
			phase('phase-a', aPhase === 1 ? ['skill-a'] : ['skill-b'], { order: 1, plan: plans[0] }),
			phase('phase-b', aPhase === 1 ? ['skill-b'] : ['skill-a'], { order: plans[0] === plans[1] ? 2 : 1, window: { unit: 'day', from: 31, to: 60 }, plan: plans[1] }),
		];
		if (aPhase === bPhase) return [...pages, page('phases/p.mdx', phase('phase-a', ['skill-a', 'skill-b']))];
		return [...pages, page('phases/p.mdx', phases[0]!), page('phases/q.mdx', phases[1]!)];
	};
	const data = { ...baseData, 'plans.yaml': [...baseData['plans.yaml']!, { ...(baseData['plans.yaml']![0] as object), id: 'plan-b' }] };
	const later = (pages: ReturnType<typeof site>) => checkFixture(pages, data).problems.filter((p) => p.code === 'prerequisite-later-phase');

	it('accepts a prerequisite in the same or an earlier phase', () => {
		expect(later(site(1, 1))).toEqual([]);
		expect(later(site(1, 2))).toEqual([]);
	});

	it('rejects a prerequisite taught in a later phase of the same plan', () => {
		expect(later(site(2, 1)).map((p) => `${p.file} ${p.field}`)).toEqual(['content/docs/skills/b.mdx prerequisites[0]']);
	});
});

describe('the catalogue', () => {
	it('has a section for every code the new rules report', () => {
		for (const code of ['changed-id', 'text-length', 'markup-in-text', 'unsafe-url', 'unreadable-file', 'check-stopped', 'duplicate-url', 'kind-outside-folder', 'window-unit-mismatch', 'prerequisite-later-phase']) {
			expect(problemCodes).toHaveProperty(code);
		}
	});

	it('says https, as the schemas require', () => {
		expect(problemCodes['invalid-format'].fix).toContain('https://');
		expect(problemCodes['invalid-format'].fix).toContain('plain http:// ');
	});
});

describe("Starlight's own fields that it prints as HTML or links", () => {
	it('rejects markup in hero title and tagline and a javascript: hero action', () => {
		const home = page('index.mdx', {
			title: 'Home',
			hero: { title: 'Hi <img src=x onerror=alert(1)>', tagline: 'Fine < ok', actions: [{ text: 'Go', link: 'javascript:alert(1)' }, { text: 'Ok', link: '/skills/a/' }] },
		});
		const problems = checkFixture([...validSite(), home]).problems;
		expect(problems.map((p) => `${p.code} ${p.field}`)).toEqual(['markup-in-text hero.title', 'unsafe-url hero.actions[0].link']);
	});
});

describe('published URLs checked without a build', () => {
	const { graph } = checkFixture(validSite());
	const existing = new Set([...graph.byHref.keys()]);

	it('reports a locked URL that is neither a page nor a redirect, with the move when the id says where', () => {
		const lock = { pages: { '/skills/old-a/': { id: 'skill-a', anchors: [] }, '/skills/a/': { id: 'skill-a', anchors: [] } } };
		const [problem, ...rest] = checkLockedUrls(lock, graph, redirects(), existing);
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ code: 'missing-url', file: 'content/data/redirects.yaml', message: 'published URL /skills/old-a/ no longer exists' });
		expect(problem?.hint).toContain('`- { from: /skills/old-a/, to: /skills/a/ }`');
		expect(checkLockedUrls(lock, graph, redirects({ pages: [{ from: '/skills/old-a/', to: '/skills/a/' }] }), existing)).toEqual([]);
	});

	it('leaves URLs outside the folders of content/docs to the build, and a gone id to the id rule', () => {
		const lock = { pages: { '/roadmap-view/': { anchors: [] }, '/skills/gone/': { id: 'gone', anchors: [] } } };
		expect(checkLockedUrls(lock, graph, redirects(), existing)).toEqual([]);
	});

	it('reports a redirect that leads nowhere', () => {
		expect(codes(checkLockedUrls({ pages: {} }, graph, redirects({ pages: [{ from: '/skills/x/', to: '/skills/nope/' }] }), existing))).toEqual(['broken-link']);
	});
});
