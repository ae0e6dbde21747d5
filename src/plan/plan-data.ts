import type { RoadmapJson, RoadmapJsonEntry } from '../schemas/roadmap-json.ts';
import { withBase } from '../site/url.ts';
import type { PlanData, PlanLink } from './model.ts';

type Of<K extends RoadmapJsonEntry['kind']> = Extract<RoadmapJsonEntry, { kind: K }>;

const linker = (base: string) => (e: RoadmapJsonEntry): PlanLink => ({ id: e.id, title: e.title, href: withBase(e.path, base) });
const byKind = <K extends RoadmapJsonEntry['kind']>(doc: RoadmapJson, kind: K) => doc.entries.filter((e): e is Of<K> => e.kind === kind);

/**
 * The slice of /roadmap.json that buildPlan reads, small enough to embed in the plan page. A skill's
 * hours are the midpoint of its effort range: the plan page says so next to the form. Links carry
 * `base` (the site's base path), since the island writes them into the page as they are.
 */
export function planData(doc: RoadmapJson, base = '/'): PlanData {
	const link = linker(base);
	return {
		tracks: byKind(doc, 'track').map((t) => ({ ...link(t), phases: t.phases, roles: t.roles })),
		phases: Object.fromEntries(byKind(doc, 'phase').map((p) => [p.id, { ...link(p), skills: p.skills }])),
		skills: Object.fromEntries(byKind(doc, 'skill').map((s) => [s.id, { ...link(s), hours: (s.effort.min + s.effort.max) / 2 }])),
		roles: Object.fromEntries(byKind(doc, 'role').map((r) => [r.id, link(r)])),
	};
}
