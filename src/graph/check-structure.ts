import type { Problem } from '../errors/problem.ts';
import { entryKinds } from '../schemas/entry.ts';
import type { Locate } from './check-graph.ts';
import type { EntryNode, RoadmapGraph } from './model.ts';

/** The folder under content/docs/ each kind lives in; the folder is the URL readers see. */
export const folderOf = (kind: string) => `${kind}s`;

/** Every entry sits in the folder of its kind: a skill under skills/, a note under notes/ ... */
export function checkKindFolders(entries: readonly EntryNode[], locate: Locate): Problem[] {
	return entries.flatMap((entry) => {
		const folder = /^content\/docs\/([^/]+)\//.exec(entry.file)?.[1];
		if (folder === folderOf(entry.kind)) return [];
		const belongs = entryKinds.find((kind) => folderOf(kind) === folder);
		const name = entry.file.split('/').pop();
		return [{
			code: 'kind-outside-folder' as const,
			file: entry.file,
			line: locate(entry.file, ['kind']),
			field: 'kind',
			message: `a ${entry.kind} page lives in ${folder ? `${folder}/` : 'the top of content/docs/'}${belongs ? `, the folder of ${belongs} pages` : ''}`,
			hint: `Move the file to content/docs/${folderOf(entry.kind)}/${name}${belongs ? `, or set \`kind: ${belongs}\` if it is a ${belongs}` : ''}. If the page was published, add its old URL under pages: in content/data/redirects.yaml.`,
		}];
	});
}

/** Every phase counts its window in the unit of its plan (no months inside a day-based plan). */
export function checkWindowUnits(graph: RoadmapGraph, plansFile: string, locate: Locate): Problem[] {
	const problems: Problem[] = [];
	for (const phase of graph.entries.phase.values()) {
		const plan = graph.plans.get(phase.data.plan);
		if (!plan || plan.unit === phase.data.window.unit) continue; // an unknown plan is an unknown reference
		problems.push({
			code: 'window-unit-mismatch',
			file: phase.file,
			line: locate(phase.file, ['window', 'unit']),
			field: 'window.unit',
			message: `the window is counted in ${phase.data.window.unit}s, but plan "${plan.id}" counts in ${plan.unit}s (${plansFile})`,
			hint: `Write the window in ${plan.unit}s, e.g. { unit: ${plan.unit}, from: ..., to: ... }, or move the phase to a plan counted in ${phase.data.window.unit}s.`,
		});
	}
	return problems;
}

/**
 * A prerequisite must be taught no later than the skill that needs it, within one plan: the phase
 * diagram labels a prerequisite from another phase "earlier phase", and a reader following the plan
 * would meet the skill first. Prerequisites in another plan, or in no phase, are left alone.
 */
export function checkPrerequisitePhases(graph: RoadmapGraph, locate: Locate): Problem[] {
	const problems: Problem[] = [];
	for (const skill of graph.entries.skill.values()) {
		const phase = graph.entries.phase.get(graph.phaseOf.get(skill.id) ?? '');
		if (!phase) continue;
		skill.data.prerequisites.forEach((pre, i) => {
			const other = graph.entries.phase.get(graph.phaseOf.get(pre) ?? '');
			if (!other || other.data.plan !== phase.data.plan || other.data.order <= phase.data.order) return;
			problems.push({
				code: 'prerequisite-later-phase',
				file: skill.file,
				line: locate(skill.file, ['prerequisites', i]),
				field: `prerequisites[${i}]`,
				message: `"${pre}" is taught in phase ${other.data.order} ("${other.id}"), after this skill's phase ${phase.data.order} ("${phase.id}") of plan "${phase.data.plan}"`,
				hint: `Move "${pre}" to phase ${phase.data.order} or earlier (${other.file} -> ${phase.file} or before), move "${skill.id}" to phase ${other.data.order} or later, or remove "${pre}" from the prerequisites if "${skill.id}" does not need it.`,
			});
		});
	}
	return problems;
}
