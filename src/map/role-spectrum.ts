import type { EntryNode, RoadmapGraph } from '../graph/model.ts';
import { sourceName } from '../diagram/nodes.ts';

/** One role on the spectrum: its link, its one-line summary and what each source claims about it. */
export interface SpectrumRole {
	id: string;
	title: string;
	href: string;
	summary: string;
	/** "about 70% of openings (Sharma)", "tier 1 (Software Career Compass)": every claim names its source. */
	claims: string[];
}

/** A group of roles by how far the move from backend work is, as the sources rank it. */
export interface SpectrumTier {
	/** 1–3, or undefined for the roles no source ranks. */
	tier: 1 | 2 | 3 | undefined;
	/** The heading's anchor: `tier-1` … `tier-3`, `not-ranked`. */
	anchor: string;
	title: string;
	roles: SpectrumRole[];
}

const tierTitles = { 1: 'Tier 1: the shortest move from backend', 2: 'Tier 2: a moderate move', 3: 'Tier 3: the longest move' } as const;

/** What the sources say about one role, each claim with its source. */
export function roleClaims(graph: RoadmapGraph, role: EntryNode<'role'>): string[] {
	const share = role.data.share;
	return [
		...(share ? [`about ${share.percent}% of openings (${sourceName(graph.sources.get(share.source.source))})`] : []),
		...role.data.tiers.map((t) => `tier ${t.tier} (${sourceName(graph.sources.get(t.source.source))})`),
	];
}

/**
 * The role spectrum: roles grouped by the easiest transition tier any source gives them, the unranked last;
 * most openings first within a group, then by title. Groups without roles are left out. Pure.
 */
export function roleSpectrum(graph: RoadmapGraph): SpectrumTier[] {
	const roles = [...graph.entries.role.values()];
	const tierOf = (r: EntryNode<'role'>) => (r.data.tiers.length ? Math.min(...r.data.tiers.map((t) => t.tier)) : undefined);
	const byShare = (a: EntryNode<'role'>, b: EntryNode<'role'>) => (b.data.share?.percent ?? -1) - (a.data.share?.percent ?? -1) || a.title.localeCompare(b.title);
	const groups: SpectrumTier[] = [
		...([1, 2, 3] as const).map((tier) => ({ tier, anchor: `tier-${tier}`, title: tierTitles[tier], members: roles.filter((r) => tierOf(r) === tier) })),
		{ tier: undefined, anchor: 'not-ranked', title: 'Not ranked by any source', members: roles.filter((r) => tierOf(r) === undefined) },
	].map(({ members, ...g }) => ({ ...g, roles: [...members].sort(byShare).map((r) => ({ id: r.id, title: r.title, href: r.href, summary: r.data.summary, claims: roleClaims(graph, r) })) }));
	return groups.filter((g) => g.roles.length > 0);
}
