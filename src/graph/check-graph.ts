import type { Problem } from '../errors/problem.ts';
import { formatPath } from '../errors/problem.ts';
import { didYouMean } from '../errors/suggest.ts';
import { checkCoverage } from './check-coverage.ts';
import { checkDiagramBudget } from './check-diagram-budget.ts';
import { checkReservedHeadings } from './check-headings.ts';
import { checkKindFolders, checkPrerequisitePhases, checkWindowUnits } from './check-structure.ts';
import { checkPhaseTime } from './check-time.ts';
import { findCycles } from './cycles.ts';
import type { DataSets, EntryNode, RoadmapGraph } from './model.ts';
import { dataReferences, entryReferences, type Target } from './references.ts';

/** Finds the line of a field in a file; supplied by the loader that read the files. */
export type Locate = (file: string, path: readonly (string | number)[]) => number | undefined;

/** Where each kind is documented for authors, used in hints. */
const whereDefined: Record<Target, string> = {
	skill: 'a skill page in content/docs/skills/',
	phase: 'a phase page in content/docs/phases/',
	track: 'a track page in content/docs/tracks/',
	role: 'a role page in content/docs/roles/',
	note: 'a note in content/docs/notes/',
	project: 'a project in content/docs/projects/',
	source: 'an entry in content/data/sources.yaml',
	plan: 'an entry in content/data/plans.yaml',
};

/**
 * The rules zod cannot express because they span entries: unique ids, references that resolve,
 * acyclic prerequisites, every skill in exactly one phase and (through it) a track, phase order
 * without gaps, every role in a track, every phase's effort within its window's budget, no body heading on a generated section's anchor. Returns every problem; never stops at the first.
 */
export function checkGraph(
	graph: RoadmapGraph,
	entries: readonly EntryNode[],
	dataFiles: Record<keyof DataSets, string>,
	locate: Locate = () => undefined,
	invalid: readonly { kind: string; id: string }[] = [],
	unchecked: ReadonlySet<Target> = new Set(),
): Problem[] {
	const problems: Problem[] = [];
	const at = (file: string, path: (string | number)[]) => ({ file, line: locate(file, path), field: formatPath(path) });

	// Ids are unique across all kinds: short links /s/<id>/ must name one page.
	const firstWithId = new Map<string, EntryNode>();
	for (const entry of entries) {
		const first = firstWithId.get(entry.id);
		if (first) {
			problems.push({
				code: 'duplicate-id', ...at(entry.file, ['id']),
				message: `id "${entry.id}" is already used by ${first.file}`,
				hint: 'Give this entry its own permanent id. Ids are unique across every kind of page.',
			});
		} else firstWithId.set(entry.id, entry);
	}
	const uniqueIn = (file: string, items: readonly { id: string }[]) => {
		const seen = new Set<string>();
		items.forEach((item, i) => {
			if (seen.has(item.id)) problems.push({ code: 'duplicate-id', ...at(file, [i, 'id']), message: `id "${item.id}" appears twice in this file`, hint: 'Give each item its own id.' });
			seen.add(item.id);
		});
	};
	uniqueIn(dataFiles.sources, graph.data.sources);
	uniqueIn(dataFiles.plans, graph.data.plans);
	uniqueIn(dataFiles.transfers, graph.data.transfers);
	uniqueIn(dataFiles.coverage, graph.data.coverage);

	// Every reference resolves.
	const known: Record<Target, ReadonlySet<string>> = {
		skill: new Set(graph.entries.skill.keys()),
		phase: new Set(graph.entries.phase.keys()),
		track: new Set(graph.entries.track.keys()),
		role: new Set(graph.entries.role.keys()),
		note: new Set(graph.entries.note.keys()),
		project: new Set(graph.entries.project.keys()),
		source: new Set(graph.sources.keys()),
		plan: new Set(graph.plans.keys()),
	};
	// An entry that failed its schema is already reported; references to it are not a second problem.
	for (const { kind, id } of invalid) (known[kind as Target] as Set<string> | undefined)?.add(id);
	for (const ref of [...entries.flatMap(entryReferences), ...dataReferences(graph.data, dataFiles)]) {
		if (known[ref.target].has(ref.id) || unchecked.has(ref.target)) continue;
		problems.push({
			code: 'unknown-reference', ...at(ref.file, ref.path),
			message: `unknown ${ref.target} "${ref.id}"`,
			hint: `${didYouMean(ref.id, known[ref.target])}Use the id of ${whereDefined[ref.target]}.`,
		});
	}

	// Prerequisites form no cycle. Reported once, at its first file, naming every file of the cycle with its line.
	const prerequisites = new Map([...graph.entries.skill].map(([id, s]) => [id, s.data.prerequisites]));
	for (const cycle of findCycles(prerequisites)) {
		const links = cycle.slice(0, -1).map((id, i) => {
			const skill = graph.entries.skill.get(id)!;
			const index = skill.data.prerequisites.indexOf(cycle[i + 1]!);
			return { skill, needs: cycle[i + 1]!, where: at(skill.file, ['prerequisites', index]) };
		});
		const first = links[0]!;
		problems.push({
			code: 'prerequisite-cycle', ...first.where,
			message: `prerequisites form a cycle: ${cycle.join(' -> ')} (${links.map((l) => `${l.where.file}:${l.where.line ?? '?'} ${l.skill.id} needs ${l.needs}`).join('; ')})`,
			hint: `Remove the link that is not a real dependency: one of ${links.map((l) => `"${l.needs}" from the prerequisites of "${l.skill.id}" (${l.where.file}:${l.where.line ?? '?'})`).join(', ')}.`,
		});
	}

	// A phase or track that failed its schema is reported already; the rules that need all of them wait until it is fixed.
	const invalidKinds = new Set(invalid.map((entry) => entry.kind));

	// Every skill sits in exactly one phase.
	const phasesListing = new Map<string, EntryNode<'phase'>[]>();
	for (const phase of graph.entries.phase.values()) {
		for (const skill of new Set(phase.data.skills)) phasesListing.set(skill, [...(phasesListing.get(skill) ?? []), phase]);
	}
	for (const skill of graph.entries.skill.values()) {
		const listed = phasesListing.get(skill.id) ?? [];
		if (listed.length === 0) {
			if (invalidKinds.has('phase')) continue;
			problems.push({
				code: 'skill-without-phase', ...at(skill.file, ['id']),
				message: `skill "${skill.id}" is in no phase`,
				hint: `Add "${skill.id}" to the skills list of one phase in content/docs/phases/.`,
			});
		} else if (listed.length > 1) {
			problems.push({
				code: 'skill-in-two-phases', ...at(skill.file, ['id']),
				message: `skill "${skill.id}" is listed by ${listed.length} phases: ${listed.map((p) => p.id).join(', ')}`,
				hint: `Keep it in one phase; remove it from the skills list of the others (${listed.slice(1).map((p) => p.file).join(', ')}).`,
			});
		}
	}

	// Every phase is in a track (so every skill is too), and plans are numbered without gaps.
	for (const phase of graph.entries.phase.values()) {
		if (!graph.tracksOfPhase.has(phase.id) && !invalidKinds.has('track')) {
			problems.push({
				code: 'phase-without-track', ...at(phase.file, ['id']),
				message: `phase "${phase.id}" is in no track, so its skills (${phase.data.skills.join(', ')}) belong to no track`,
				hint: `Add "${phase.id}" to the phases list of a track in content/docs/tracks/.`,
			});
		}
	}
	for (const [plan, ids] of invalidKinds.has('phase') ? [] : graph.phasesOfPlan) {
		const phases = ids.map((id) => graph.entries.phase.get(id)!);
		phases.forEach((phase, i) => {
			if (phase.data.order === i + 1) return;
			problems.push({
				code: 'phase-order-gap', ...at(phase.file, ['order']),
				message: `phase "${phase.id}" has order ${phase.data.order} but is phase ${i + 1} of plan "${plan}" (${phases.map((p) => `${p.id}=${p.data.order}`).join(', ')})`,
				hint: `Number the phases of plan "${plan}" 1 to ${phases.length} without gaps or repeats; set order: ${i + 1} here or renumber the others.`,
			});
		});
	}

	// Every role is a target of some track.
	const rolesInTracks = new Set([...graph.entries.track.values()].flatMap((t) => [...t.data.roles, ...t.data.laterRoles]));
	for (const role of graph.entries.role.values()) {
		if (rolesInTracks.has(role.id) || invalidKinds.has('track')) continue;
		problems.push({
			code: 'role-without-track', ...at(role.file, ['id']),
			message: `role "${role.id}" is not in any track`,
			hint: `Add "${role.id}" to roles or laterRoles of a track in content/docs/tracks/.`,
		});
	}

	// Entries sit in their kind's folder; windows use their plan's unit; prerequisites come no later than the skill.
	problems.push(...checkKindFolders(entries, locate));
	problems.push(...checkWindowUnits(graph, dataFiles.plans, locate));
	problems.push(...checkPrerequisitePhases(graph, locate));

	// Every phase's skills fit its window at its plan's hours a week.
	problems.push(...checkPhaseTime(graph, dataFiles.plans, locate));

	// Body headings leave the anchors of generated sections alone.
	problems.push(...checkReservedHeadings(entries));
	problems.push(...checkDiagramBudget(graph, dataFiles, locate));

	// roadmap.sh coverage (optional file): pages and anchors exist, each node once, counts agree.
	problems.push(...checkCoverage(graph, dataFiles.coverage, locate));
	return problems;
}
