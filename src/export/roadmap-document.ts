import { entrySummary } from '../graph/labels.ts';
import type { EntryNode, RoadmapGraph } from '../graph/model.ts';
import { absoluteUrl } from '../site/url.ts';
import { ROADMAP_JSON_VERSION, type RoadmapJson, type RoadmapJsonEntry } from '../schemas/roadmap-json.ts';

/** The fields every kind shares. */
function common(entry: EntryNode, site: string, base: string) {
	return {
		id: entry.id,
		title: entry.title,
		summary: entrySummary(entry.data),
		url: absoluteUrl(entry.href, site, base),
		path: entry.href,
		shortLink: absoluteUrl(`/s/${entry.id}/`, site, base),
		sources: entry.data.sources,
	};
}

function toEntry(graph: RoadmapGraph, entry: EntryNode, site: string, base: string): RoadmapJsonEntry {
	const shared = common(entry, site, base);
	const e = entry as { [K in EntryNode['kind']]: EntryNode<K> }[EntryNode['kind']];
	switch (e.kind) {
		case 'skill': {
			const phase = graph.phaseOf.get(e.id) ?? null;
			const { category, effort, prerequisites } = e.data;
			return { kind: 'skill', ...shared, category, effort, phase, prerequisites, tracks: graph.tracksOfPhase.get(phase ?? '') ?? [] };
		}
		case 'phase':
			return { kind: 'phase', ...shared, plan: e.data.plan, order: e.data.order, window: e.data.window, skills: e.data.skills, tracks: graph.tracksOfPhase.get(e.id) ?? [] };
		case 'track':
			return { kind: 'track', ...shared, phases: e.data.phases, roles: e.data.roles, laterRoles: e.data.laterRoles };
		case 'role':
			return { kind: 'role', ...shared, tracks: [...graph.entries.track.values()].filter((t) => t.data.roles.includes(e.id)).map((t) => t.id) };
		case 'note':
			return { kind: 'note', ...shared, skills: e.data.skills, roles: e.data.roles, phases: e.data.phases };
		case 'project':
			return { kind: 'project', ...shared, skills: e.data.skills };
	}
}

/**
 * The roadmap as data, for /roadmap.json: every entry in a stable order (kind, then file order), with
 * absolute URLs on `site` under `base` (the base path a fork publishes under, `/` by default; `path`
 * stays a site path without it), plus the plans and sources the entries refer to. No timestamp, so an
 * unchanged roadmap builds a byte-identical file.
 */
export function roadmapDocument(graph: RoadmapGraph, site: string, base = '/'): RoadmapJson {
	const entries = Object.values(graph.entries).flatMap((byId) => [...byId.values()] as EntryNode[]);
	return {
		version: ROADMAP_JSON_VERSION,
		site: absoluteUrl('/', site, base),
		entries: entries.map((entry) => toEntry(graph, entry, site, base)),
		plans: graph.data.plans,
		sources: graph.data.sources,
	};
}
