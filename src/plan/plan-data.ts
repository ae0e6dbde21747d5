import type { RoadmapJson, RoadmapJsonEntry } from '../schemas/roadmap-json.ts';
import type { PlanData, PlanLink } from './model.ts';

type Of<K extends RoadmapJsonEntry['kind']> = Extract<RoadmapJsonEntry, { kind: K }>;

const link = (e: RoadmapJsonEntry): PlanLink => ({ id: e.id, title: e.title, href: e.path });
const byKind = <K extends RoadmapJsonEntry['kind']>(doc: RoadmapJson, kind: K) => doc.entries.filter((e): e is Of<K> => e.kind === kind);

/**
 * The slice of /roadmap.json that buildPlan reads, small enough to embed in the plan page. A skill's
 * hours are the midpoint of its effort range: the plan page says so next to the form.
 */
export function planData(doc: RoadmapJson): PlanData {
	return {
		tracks: byKind(doc, 'track').map((t) => ({ ...link(t), phases: t.phases, roles: t.roles })),
		phases: Object.fromEntries(byKind(doc, 'phase').map((p) => [p.id, { ...link(p), skills: p.skills }])),
		skills: Object.fromEntries(byKind(doc, 'skill').map((s) => [s.id, { ...link(s), hours: (s.effort.min + s.effort.max) / 2 }])),
		roles: Object.fromEntries(byKind(doc, 'role').map((r) => [r.id, link(r)])),
	};
}
