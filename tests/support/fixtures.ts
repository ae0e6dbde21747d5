// Builders for unit tests: entries go through the real YAML parser and the real schema, as in a build.
import { stringify } from 'yaml';
import type { RawPage } from '../../src/check/read-fs.ts';
import { validateData, validatePages, type Validated } from '../../src/check/validate.ts';
import { buildGraph } from '../../src/graph/build-graph.ts';
import { checkGraph } from '../../src/graph/check-graph.ts';
import { emptyData } from '../../src/graph/model.ts';

type Fields = Record<string, unknown>;
const cite = [{ source: 'src-a' }];

export const skill = (id: string, extra: Fields = {}): Fields => ({
	kind: 'skill', id, title: `Skill ${id}`, summary: 's', category: 'learn-new', backendAnalog: 'b',
	effort: { min: 1, max: 2 }, proof: { artifact: 'a', checks: ['c'] }, pitfalls: ['p'],
	resources: [{ kind: 'docs', title: 't', url: 'https://example.org/', cost: 'free', lastVerified: '2026-12-01' }], sources: cite, ...extra,
});
export const phase = (id: string, skills: string[], extra: Fields = {}): Fields => ({
	kind: 'phase', id, title: `Phase ${id}`, plan: 'plan-a', order: 1, window: { unit: 'day', from: 1, to: 30 },
	goal: 'g', skills, artifacts: ['a'], exitCriteria: ['e'], sources: cite, ...extra,
});
export const track = (id: string, phases: string[], extra: Fields = {}): Fields => ({
	kind: 'track', id, title: `Track ${id}`, summary: 's', roles: ['role-a'], phases, suits: 'x', sources: cite, ...extra,
});
export const role = (id: string, extra: Fields = {}): Fields => ({
	kind: 'role', id, title: `Role ${id}`, summary: 's', work: ['w'], transfers: ['t'], sources: cite, ...extra,
});
export const note = (id: string, skills: string[], extra: Fields = {}): Fields => ({
	kind: 'note', id, title: `Note ${id}`, summary: 's', skills, sources: cite, ...extra,
});

/**
 * A file as the loader would read it: frontmatter YAML plus a body. Every page gets a `lastReviewed` date
 * last in its frontmatter (so it moves no other field's line) unless `fields` names the key itself; pass
 * `lastReviewed: undefined` to leave it out.
 */
export const page = (file: string, fields: Fields, body = ''): RawPage => ({
	file: `content/docs/${file}`,
	slug: file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, ''),
	frontmatter: stringify('lastReviewed' in fields ? fields : { ...fields, lastReviewed: '2026-12-01' }),
	body,
});

/** The hours a week of every test plan: 10, our own call. */
export const hoursPerWeek = { value: 10, basis: 'b', source: 'ours' };

export const baseData: Record<string, unknown[]> = {
	'sources.yaml': [{ id: 'src-a', title: 'Source A', date: '2026-01-01' }],
	'plans.yaml': [{ id: 'plan-a', title: 'Plan A', unit: 'day', summary: 's', hoursPerWeek, sources: cite }],
};

/** Validates pages and data, builds the graph and runs its checks: what `npm run check` does, in memory. */
export function checkFixture(pages: ReturnType<typeof page>[], data: Record<string, unknown[]> = baseData) {
	const validated: Validated = { entries: [], pages: [], data: emptyData(), problems: [], sources: new Map(), invalid: [] };
	validatePages(pages, validated);
	const files = validateData((name) => (data[name] ? { file: `content/data/${name}`, text: stringify(data[name]) } : undefined), validated);
	const graph = buildGraph(validated.entries, validated.pages, validated.data);
	const locate = (file: string, path: readonly (string | number)[]) => validated.sources.get(file)?.lineOf(path);
	return { graph, problems: [...validated.problems, ...checkGraph(graph, validated.entries, files, locate, validated.invalid)] };
}

/** A small valid roadmap: two skills in one phase, one track, one role, one note. */
export const validSite = () => [
	page('skills/a.mdx', skill('skill-a')),
	page('skills/b.mdx', skill('skill-b', { prerequisites: ['skill-a'] }), 'Builds on [A](/skills/a/).'),
	page('phases/p.mdx', phase('phase-a', ['skill-a', 'skill-b'])),
	page('tracks/t.mdx', track('track-a', ['phase-a'])),
	page('roles/r.mdx', role('role-a')),
	page('notes/n.mdx', note('note-a', ['skill-b']), 'See [B](/skills/b/) and [the role](/roles/r/).'),
];
