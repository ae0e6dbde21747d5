import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { roadmapDocument } from '../../src/export/roadmap-document.ts';
import { planData } from '../../src/plan/plan-data.ts';
import { RoadmapJsonSchema, roadmapJsonSchema } from '../../src/schemas/roadmap-json.ts';
import { projectRoot } from '../support/fixture-site.ts';

const { graph } = checkContent(projectRoot);
const site = 'https://backend-to-ai.example.org';
const doc = roadmapDocument(graph, site);

describe('roadmapDocument', () => {
	it('holds every entry once, and passes its own zod schema', () => {
		const all = Object.values(graph.entries).flatMap((m) => [...m.values()]);
		expect(doc.entries.map((e) => `${e.kind}:${e.id}`).sort()).toEqual(all.map((e) => `${e.kind}:${e.id}`).sort());
		expect(RoadmapJsonSchema.safeParse(doc).success).toBe(true);
	});

	it('gives a skill its phase, tracks, effort, prerequisites and permanent short link', () => {
		const skill = doc.entries.find((e) => e.id === 'eval-design' && e.kind === 'skill')!;
		const node = graph.entries.skill.get('eval-design')!;
		expect(skill).toMatchObject({
			url: `${site}${node.href}`,
			shortLink: `${site}/s/eval-design/`,
			phase: graph.phaseOf.get('eval-design'),
			tracks: graph.tracksOfPhase.get(graph.phaseOf.get('eval-design')!),
			effort: node.data.effort,
			prerequisites: node.data.prerequisites,
		});
	});

	it('rejects a document with an unknown field or a wrong version', () => {
		expect(RoadmapJsonSchema.safeParse({ ...doc, version: 2 }).success).toBe(false);
		expect(RoadmapJsonSchema.safeParse({ ...doc, entries: [{ ...doc.entries[0], extra: 1 }] }).success).toBe(false);
	});

	it('generates a JSON Schema that forbids unknown fields', () => {
		const schema = roadmapJsonSchema(site) as { $id: string; additionalProperties?: boolean; required?: string[] };
		expect(schema.$id).toBe(`${site}/roadmap.schema.json`);
		expect(schema.additionalProperties).toBe(false);
		expect(schema.required).toEqual(expect.arrayContaining(['version', 'entries']));
	});
});

describe('planData', () => {
	it('gives every track its phases and each skill the midpoint of its effort', () => {
		const data = planData(doc);
		expect(data.tracks.map((t) => t.id).sort()).toEqual([...graph.entries.track.keys()].sort());
		for (const skill of graph.entries.skill.values()) expect(data.skills[skill.id]!.hours).toBe((skill.data.effort.min + skill.data.effort.max) / 2);
		expect(data.skills['eval-design']!.href).toBe(graph.entries.skill.get('eval-design')!.href);
	});
});
