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
	/** Phases per track: one track of them all would break the diagram budget (src/diagram/budget.ts). */
	phasesPerTrack?: number;
}

export const syntheticPlan = 'synthetic-plan';
const trackId = (n: number) => `synthetic-track-${n}`;

const skillId = (n: number) => `synthetic-skill-${n}`;
const phaseId = (n: number) => `synthetic-phase-${n}`;

/**
 * A copy of a real skill page with a new id and title; the body and every other field are kept but the
 * prerequisites, which chain the skills of a phase (the previous one, none for the first). Copied
 * prerequisites would make each real skill unlock dozens of copies, a fan-in no real fork has.
 */
function copySkill(text: string, n: number, previous: string | undefined): string {
	return text
		.replace(/^id: .*$/m, `id: ${skillId(n)}`)
		.replace(/^title: .*$/m, `title: 'Synthetic skill ${n}'`)
		.replace(/^prerequisites: .*$/m, `prerequisites: [${previous ?? ''}]`);
}

function phasePage(n: number, skills: readonly string[], source: string): string {
	return `---
title: 'Synthetic phase ${n}'
description: A generated phase for the scale benchmark.
lastReviewed: '2026-12-01'
kind: phase
id: ${phaseId(n)}
plan: ${syntheticPlan}
order: ${n}
window: { unit: week, from: ${(n - 1) * 40 + 1}, to: ${n * 40} }
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

function trackPage(n: number, phases: readonly string[], role: string, source: string): string {
	return `---
title: 'Synthetic track ${n}'
description: A generated track for the scale benchmark.
lastReviewed: '2026-12-01'
kind: track
id: ${trackId(n)}
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
 * phase, every new phase in one extra plan (appended to plans.yaml) and in extra tracks of 10 phases. Pure.
 */
export function syntheticContent({ skills, count, role, source, perPhase = 20, phasesPerTrack = 10 }: SyntheticInput): { files: SyntheticFile[]; plansYaml: string } {
	if (skills.length === 0) throw new Error('syntheticContent needs at least one real skill page to copy');
	const files: SyntheticFile[] = [];
	const ids = Array.from({ length: count }, (_, i) => skillId(i + 1));
	ids.forEach((id, i) => files.push({ path: `content/docs/skills/${id}.mdx`, text: copySkill(skills[i % skills.length]!, i + 1, i % perPhase ? ids[i - 1] : undefined) }));
	const phases: string[] = [];
	for (let start = 0; start < count; start += perPhase) {
		const n = phases.length + 1;
		phases.push(phaseId(n));
		files.push({ path: `content/docs/phases/${phaseId(n)}.mdx`, text: phasePage(n, ids.slice(start, start + perPhase), source) });
	}
	for (let start = 0; start < phases.length; start += phasesPerTrack) {
		const n = start / phasesPerTrack + 1;
		files.push({ path: `content/docs/tracks/${trackId(n)}.mdx`, text: trackPage(n, phases.slice(start, start + phasesPerTrack), role, source) });
	}
	const plansYaml = phases.length === 0 ? '' : `
- id: ${syntheticPlan}
  title: The synthetic plan
  unit: week
  summary: Generated phases for the scale benchmark.
  hoursPerWeek:
    value: 10
    basis: A benchmark plan; each phase's 40-week window holds its 20 copied skills at this pace.
    source: ours
  sources:
    - { source: ${source}, locator: 'benchmark' }
`;
	return { files, plansYaml };
}
