/** A file to add to a copy of the project, by path relative to its root. */
export interface SyntheticFile {
	path: string;
	text: string;
}

/** What the synthetic roadmap is made from: real skill pages and ids that must already exist. */
export interface SyntheticInput {
	/** Real skill pages (their whole text), copied round-robin. */
	skills: readonly string[];
	/** How many skills to add. */
	count: number;
	/** A role id that exists, for the extra track. */
	role: string;
	/** A source id that exists, for the phases' and the track's citations. */
	source: string;
	/** Skills per phase (the issue measures with 20). */
	perPhase?: number;
}

export const syntheticPlan = 'synthetic-plan';
export const syntheticTrack = 'synthetic-track';

const skillId = (n: number) => `synthetic-skill-${n}`;
const phaseId = (n: number) => `synthetic-phase-${n}`;

/** A copy of a real skill page with a new id and title; every other field and the body are kept. */
function copySkill(text: string, n: number): string {
	return text
		.replace(/^id: .*$/m, `id: ${skillId(n)}`)
		.replace(/^title: .*$/m, `title: 'Synthetic skill ${n}'`);
}

function phasePage(n: number, skills: readonly string[], source: string): string {
	return `---
title: 'Synthetic phase ${n}'
description: A generated phase for the scale benchmark.
kind: phase
id: ${phaseId(n)}
plan: ${syntheticPlan}
order: ${n}
window: { unit: week, from: ${n}, to: ${n} }
goal: You finish the generated skills of this phase.
skills:
${skills.map((s) => `  - ${s}`).join('\n')}
artifacts:
  - One generated artifact.
exitCriteria:
  - Every skill of the phase is done.
sources:
  - { source: ${source}, locator: 'benchmark' }
---

A generated phase: its skills are copies of real skill pages.
`;
}

function trackPage(phases: readonly string[], role: string, source: string): string {
	return `---
title: Synthetic track
description: A generated track for the scale benchmark.
kind: track
id: ${syntheticTrack}
summary: Leads through every generated phase.
roles: [${role}]
phases:
${phases.map((p) => `  - ${p}`).join('\n')}
suits: Nobody; it measures the build.
sources:
  - { source: ${source}, locator: 'benchmark' }
---

A generated track that holds every generated phase.
`;
}

/**
 * N synthetic skills for a copy of the project: each a copy of a real skill page with a new id, 20 per
 * phase, every new phase in one extra plan (appended to plans.yaml) and one extra track. Pure.
 */
export function syntheticContent({ skills, count, role, source, perPhase = 20 }: SyntheticInput): { files: SyntheticFile[]; plansYaml: string } {
	if (skills.length === 0) throw new Error('syntheticContent needs at least one real skill page to copy');
	const files: SyntheticFile[] = [];
	const ids = Array.from({ length: count }, (_, i) => skillId(i + 1));
	ids.forEach((id, i) => files.push({ path: `content/docs/skills/${id}.mdx`, text: copySkill(skills[i % skills.length]!, i + 1) }));
	const phases: string[] = [];
	for (let start = 0; start < count; start += perPhase) {
		const n = phases.length + 1;
		phases.push(phaseId(n));
		files.push({ path: `content/docs/phases/${phaseId(n)}.mdx`, text: phasePage(n, ids.slice(start, start + perPhase), source) });
	}
	if (phases.length > 0) files.push({ path: `content/docs/tracks/${syntheticTrack}.mdx`, text: trackPage(phases, role, source) });
	const plansYaml = phases.length === 0 ? '' : `
- id: ${syntheticPlan}
  title: The synthetic plan
  unit: week
  summary: Generated phases for the scale benchmark.
  sources:
    - { source: ${source}, locator: 'benchmark' }
`;
	return { files, plansYaml };
}
