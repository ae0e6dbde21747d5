import type { EntryNode, RoadmapGraph } from '../graph/model.ts';
import { readabilityBudget } from './budget.ts';
import { flowchart, nodeLines, wrapRows } from './flowchart.ts';
import { entryAlt, entryNode, resolve } from './nodes.ts';
import type { DiagramSpec } from './types.ts';

/**
 * The skills a phase diagram draws: in listed order, as many as fit the readability budget together with
 * the phase node, the outside prerequisites they bring and one "more" node. Pure.
 */
export function shownSkills(graph: RoadmapGraph, phase: EntryNode<'phase'>, maxNodes: number = readabilityBudget.maxNodes): EntryNode<'skill'>[] {
	const skills = resolve(graph, 'skill', phase.data.skills);
	const inPhase = new Set(phase.data.skills);
	const outsideOf = (skill: EntryNode<'skill'>) => skill.data.prerequisites.filter((id) => !inPhase.has(id) && graph.entries.skill.has(id));
	const all = new Set(skills.flatMap(outsideOf));
	if (1 + skills.length + all.size <= maxNodes) return skills;
	const shown: EntryNode<'skill'>[] = [];
	const outside = new Set<string>();
	for (const skill of skills) {
		const extra = outsideOf(skill).filter((id) => !outside.has(id));
		// The phase, the skills so far, their outside prerequisites, this skill with its own, and "more".
		if (1 + shown.length + outside.size + 1 + extra.length + 1 > maxNodes) break;
		shown.push(skill);
		for (const id of extra) outside.add(id);
	}
	return shown;
}

/**
 * One phase: its skills in learning order with the prerequisite edges between them. Prerequisites from
 * other phases appear dashed, so the reader sees what the phase assumes. A phase too large to read as one
 * picture (src/diagram/budget.ts) shows its first skills in listed order and one last node that counts the
 * rest and links to the phase's full list; the text version below the diagram still lists every skill.
 */
export function phaseDiagram(graph: RoadmapGraph, phase: EntryNode<'phase'>): DiagramSpec {
	const everySkill = resolve(graph, 'skill', phase.data.skills);
	const skills = shownSkills(graph, phase);
	const hidden = everySkill.length - skills.length;
	const inPhase = new Set(skills.map((s) => s.id));
	const listed = new Set(phase.data.skills);
	const self = entryNode(phase, { shape: 'round', cls: 'focus' });
	const outside = new Map<string, EntryNode<'skill'>>();
	const body = [...nodeLines(self)];
	// Skills with no prerequisite inside the phase: they start it.
	const roots: string[] = [];
	// Rank of each skill inside the phase (1 + its deepest in-phase prerequisite), to fold wide ranks.
	const rank = new Map<string, number>();
	const rankOf = (skill: EntryNode<'skill'>, seen = new Set<string>()): number => {
		if (rank.has(skill.id)) return rank.get(skill.id)!;
		seen.add(skill.id);
		const pres = resolve(graph, 'skill', skill.data.prerequisites).filter((p) => inPhase.has(p.id) && !seen.has(p.id));
		const r = 1 + Math.max(0, ...pres.map((p) => rankOf(p, seen)));
		rank.set(skill.id, r);
		return r;
	};
	for (const skill of skills) {
		const node = entryNode(skill);
		body.push(...nodeLines(node));
		const pres = resolve(graph, 'skill', skill.data.prerequisites);
		if (!pres.some((p) => inPhase.has(p.id))) roots.push(node.id);
		for (const pre of pres) {
			if (inPhase.has(pre.id)) body.push(`  ${entryNode(pre).id} --> ${node.id}`);
			else if (listed.has(pre.id)) continue;
			else {
				if (!outside.has(pre.id)) body.push(...nodeLines(entryNode(pre, { cls: 'outside' })));
				outside.set(pre.id, pre);
				body.push(`  ${entryNode(pre).id} -.-> ${node.id}`);
			}
		}
	}
	// The phase heads the first two starting skills only; the rest sit under them (wrapRows below). An edge
	// from the phase to every starting skill spans several ranks once they are folded, and each such edge
	// takes a lane of its own: the diagram grew past the column sideways.
	body.push(...roots.slice(0, 2).map((id) => `  ${self.id} --> ${id}`));
	// At most two skills side by side on any rank, so the diagram fits the content column.
	const ranks = Map.groupBy(skills, (skill) => rankOf(skill));
	for (const row of ranks.values()) body.push(...wrapRows(row.map((skill) => entryNode(skill).id), { perRow: 2 }));
	if (hidden > 0) {
		const more = { id: 'more_skills', label: `${hidden} more skill${hidden === 1 ? '' : 's'}: see the full list`, href: `${phase.href}#skills-in-this-phase`, cls: 'outside' as const };
		body.push(...nodeLines(more), `  ${entryNode(skills.at(-1) ?? phase).id} -.-> ${more.id}`);
	}
	// Prerequisites from earlier phases sit above, three to a row as well.
	body.push(...wrapRows([self.id, ...[...outside.values()].map((pre) => entryNode(pre).id)], { up: true, perRow: 2 }));
	const alt = [
		entryAlt(phase, {
			children: everySkill.map((skill) => {
				const pres = resolve(graph, 'skill', skill.data.prerequisites);
				return entryAlt(skill, pres.length ? { children: [{ label: 'after', children: pres.map((p) => entryAlt(p, { note: listed.has(p.id) ? undefined : 'earlier phase' })) }] } : {});
			}),
		}),
	];
	return { id: `phase-${phase.id}`, title: `Skills of the phase ${phase.title}, in learning order`, source: flowchart('TB', body), alt };
}
