// The scale benchmark's content generator: what it adds must pass the real content check, or the
// benchmark would measure a build that fails.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { addSyntheticSkills, copyProject } from '../../src/bench/project-copy-fs.ts';
import { syntheticContent, syntheticPlan } from '../../src/bench/synthetic.ts';
import { vanillaPage } from '../../src/bench/vanilla-page.ts';
import { checkContent } from '../../src/check/run-check.ts';
import { projectRoot } from '../support/fixture-site.ts';

describe('synthetic content', () => {
	const copy = copyProject(projectRoot);
	afterAll(() => rmSync(copy, { recursive: true, force: true }));
	const real = checkContent(projectRoot).graph;

	it('adds 50 skills in phases of 20, one plan and one track, and passes the content check', () => {
		addSyntheticSkills(copy, 50);
		const { graph, problems } = checkContent(copy);
		expect(problems).toEqual([]);
		expect(graph.entries.skill.size).toBe(real.entries.skill.size + 50);
		expect(graph.phasesOfPlan.get(syntheticPlan)?.map((id) => graph.entries.phase.get(id)!.data.skills.length)).toEqual([20, 20, 10]);
		expect(graph.entries.track.get('synthetic-track-1')?.data.phases).toHaveLength(3);
	});

	it('never writes into the real project', () => {
		expect(checkContent(projectRoot).graph.entries.skill.size).toBe(real.entries.skill.size);
	});

	it('gives each copy a new id and chains the skills of a phase', () => {
		const { files } = syntheticContent({ skills: ['---\nkind: skill\nid: a\ntitle: A\nprerequisites: [x, y]\n---\nbody'], count: 3, role: 'r', source: 's', perPhase: 2 });
		const skills = files.filter((f) => f.path.includes('/skills/'));
		expect(skills.map((f) => /^id: (.*)$/m.exec(f.text)?.[1])).toEqual(['synthetic-skill-1', 'synthetic-skill-2', 'synthetic-skill-3']);
		expect(skills.map((f) => /^prerequisites: (.*)$/m.exec(f.text)?.[1])).toEqual(['[]', '[synthetic-skill-1]', '[]']);
	});

	it('puts at most 10 phases in a track', () => {
		const { files } = syntheticContent({ skills: ['---\nid: a\n---\n'], count: 420, role: 'r', source: 's' });
		const tracks = files.filter((f) => f.path.includes('/tracks/'));
		expect(tracks.map((f) => f.text.match(/^  - synthetic-phase-/gm)?.length)).toEqual([10, 10, 1]);
	});
});

describe('vanilla page', () => {
	it('keeps title, description and body, and drops our components', () => {
		const page = vanillaPage("---\ntitle: 'T: x'\ndescription: D\nkind: note\nid: n\n---\nimport KindIndex from '../../../src/components/KindIndex.astro';\n\nText\n\n<KindIndex kind=\"skill\" />\n");
		expect(page).toBe('---\ntitle: "T: x"\ndescription: "D"\n---\n\nText\n\n\n');
	});
});
