// Regression checks on the real content: the roadmap stays complete, sourced and connected.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { bodyLinks } from '../../src/graph/links.ts';
import { buildSidebar, type SidebarItem } from '../../src/sidebar/build-sidebar.ts';
import { projectRoot } from '../support/fixture-site.ts';

const { graph, problems } = checkContent(projectRoot);
const entries = Object.values(graph.entries).flatMap((m) => [...m.values()]);
const internal = (body: string) => bodyLinks(body).filter((href) => graph.byHref.has(href));

describe('content', () => {
	it('has no problems', () => {
		expect(problems).toEqual([]);
	});

	it('meets the roadmap counts', () => {
		const n = (k: keyof typeof graph.entries) => graph.entries[k].size;
		expect({ skills: n('skill') >= 50, phases: n('phase') >= 8, tracks: n('track') >= 4, roles: n('role') >= 9, notes: n('note') >= 18, projects: n('project') >= 8, transfers: graph.data.transfers.length >= 25 }).toEqual({
			skills: true, phases: true, tracks: true, roles: true, notes: true, projects: true, transfers: true,
		});
	});

	it.each([...graph.entries.skill.values()].map((s) => [s.id, s] as const))('skill %s has the required sections, two links and a source', (_, skill) => {
		const headings = [...skill.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
		expect(headings.slice(0, 3)).toEqual(['Why it matters', 'What you already know', 'What to learn, in order']);
		expect(skill.body).toMatch(/## What to learn, in order\s+1\. /);
		expect(internal(skill.body).filter((href) => href !== skill.href).length).toBeGreaterThanOrEqual(2);
		expect(skill.data.sources.length).toBeGreaterThanOrEqual(1);
	});

	it('links only to pages that exist', () => {
		const broken = [...entries, ...graph.pages].flatMap((page) =>
			bodyLinks(page.body)
				.filter((href) => !href.startsWith('/s/') && !graph.byHref.has(href))
				.map((href) => `${page.file} -> ${href}`),
		);
		expect(broken).toEqual([]);
	});

	it('relates every note to a skill and puts every role in a track', () => {
		for (const note of graph.entries.note.values()) expect(note.data.skills.length).toBeGreaterThan(0);
		const inTracks = new Set([...graph.entries.track.values()].flatMap((t) => [...t.data.roles, ...t.data.laterRoles]));
		expect([...graph.entries.role.keys()].filter((id) => !inTracks.has(id))).toEqual([]);
	});

	it('leaves no page orphaned: each is in the sidebar or linked from another page', () => {
		const hrefs = (items: SidebarItem[]): string[] => items.flatMap((i) => ('link' in i ? [i.link] : hrefs(i.items)));
		const reachable = new Set([
			...hrefs(buildSidebar(graph)),
			...[...entries, ...graph.pages].flatMap((p) => bodyLinks(p.body)),
			...[...graph.referencedBy.keys()].map((key) => {
				const [kind, id] = key.split(':') as [keyof typeof graph.entries, string];
				return graph.entries[kind]?.get(id)?.href;
			}),
		]);
		const orphans = [...entries, ...graph.pages].map((p) => p.href).filter((href) => !reachable.has(href));
		expect(orphans).toEqual([]);
	});

	it('cites only as claims: role shares name their source', () => {
		const shares = [...graph.entries.role.values()].flatMap((role) => (role.data.share ? [role.data.share] : []));
		// Several roles carry a share today; a loop over none would check nothing.
		expect(shares.length).toBeGreaterThanOrEqual(3);
		for (const share of shares) expect(graph.sources.has(share.source.source), share.source.source).toBe(true);
	});
});
