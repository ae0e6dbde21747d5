import { entrySummary } from '../graph/labels.ts';
import type { EntryNode, RoadmapGraph } from '../graph/model.ts';
import { ROADMAP_JSON_VERSION, type RoadmapJson, type RoadmapJsonEntry } from '../schemas/roadmap-json.ts';

/** The fields every kind shares. */
function base(entry: EntryNode, site: string) {
	return {
		id: entry.id,
		title: entry.title,
		summary: entrySummary(entry.data),
		url: new URL(entry.href, site).href,
		path: entry.href,
		shortLink: new URL(`/s/${entry.id}/`, site).href,
		sources: entry.data.sources,
	};
}

function toEntry(graph: RoadmapGraph, entry: EntryNode, site: string): RoadmapJsonEntry {
	const common = base(entry, site);
	const e = entry as { [K in EntryNode['kind']]: EntryNode<K> }[EntryNode['kind']];
	switch (e.kind) {
		case 'skill': {
			const phase = graph.phaseOf.get(e.id) ?? null;
			const { category, effort, prerequisites } = e.data;
			return { kind: 'skill', ...common, category, effort, phase, prerequisites, tracks: graph.tracksOfPhase.get(phase ?? '') ?? [] };
		}
		case 'phase':
			return { kind: 'phase', ...common, plan: e.data.plan, order: e.data.order, window: e.data.window, skills: e.data.skills, tracks: graph.tracksOfPhase.get(e.id) ?? [] };
		case 'track':
			return { kind: 'track', ...common, phases: e.data.phases, roles: e.data.roles, laterRoles: e.data.laterRoles };
		case 'role':
			return { kind: 'role', ...common, tracks: [...graph.entries.track.values()].filter((t) => t.data.roles.includes(e.id)).map((t) => t.id) };
		case 'note':
			return { kind: 'note', ...common, skills: e.data.skills, roles: e.data.roles, phases: e.data.phases };
		case 'project':
			return { kind: 'project', ...common, skills: e.data.skills };
	}
}

/**
 * The roadmap as data, for /roadmap.json: every entry in a stable order (kind, then file order), with
 * absolute URLs on `site`, plus the plans and sources the entries refer to. No timestamp, so an
 * unchanged roadmap builds a byte-identical file.
 */
export function roadmapDocument(graph: RoadmapGraph, site: string): RoadmapJson {
	const entries = Object.values(graph.entries).flatMap((byId) => [...byId.values()] as EntryNode[]);
	return {
		version: ROADMAP_JSON_VERSION,
		site: new URL('/', site).href,
		entries: entries.map((entry) => toEntry(graph, entry, site)),
		plans: graph.data.plans,
		sources: graph.data.sources,
	};
}
