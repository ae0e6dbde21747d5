import { siteDiagrams } from '../diagram/all-diagrams.ts';
import { diagramSize, mermaidLimits, readabilityBudget, type DiagramSize } from '../diagram/budget.ts';
import type { DiagramSpec } from '../diagram/types.ts';
import type { Problem } from '../errors/problem.ts';
import type { Locate } from './check-graph.ts';
import type { DataSets, RoadmapGraph } from './model.ts';

/** Where the content that makes a diagram lives, and what an author can change there. */
interface Origin {
	file: string;
	path: (string | number)[];
	what: string;
	fix: string;
}

/** The file and field a generated diagram is drawn from, by the diagram's id (src/diagram/all-diagrams.ts). */
function originOf(graph: RoadmapGraph, id: string, dataFiles: Record<keyof DataSets, string>): Origin {
	const skill = id.startsWith('skill-') ? graph.entries.skill.get(id.slice('skill-'.length)) : undefined;
	if (skill) return { file: skill.file, path: ['title'], what: `the neighbourhood diagram of skill "${skill.id}"`, fix: 'shorten the titles of this skill and of its prerequisites and the skills it unlocks' };
	const phase = id.startsWith('phase-') ? graph.entries.phase.get(id.slice('phase-'.length)) : undefined;
	if (phase) return { file: phase.file, path: ['skills'], what: `the diagram of phase "${phase.id}"`, fix: 'split the phase in two (a new phase page with part of its skills), or shorten the titles of its skills' };
	if (id === 'transition-map') return { file: dataFiles.transfers, path: ['aimlGroup'], what: 'the transition map (one node per backendGroup and per aimlGroup)', fix: 'use fewer distinct backendGroup and aimlGroup names: group related rows under one name' };
	return { file: id, path: [], what: `the diagram "${id}"`, fix: 'make the content it draws smaller' };
}

/** The limits a diagram of this size breaks, in words with the numbers; empty when it fits. */
export function budgetBreaches(size: DiagramSize): string[] {
	const over: string[] = [];
	if (size.nodes > readabilityBudget.maxNodes) over.push(`${size.nodes} nodes, over the readability budget of ${readabilityBudget.maxNodes}`);
	if (size.edges > mermaidLimits.maxEdges) over.push(`${size.edges} edges, over mermaid's limit of ${mermaidLimits.maxEdges}`);
	if (size.textSize > mermaidLimits.maxTextSize) over.push(`${size.textSize.toLocaleString('en')} characters of mermaid source, over mermaid's limit of ${mermaidLimits.maxTextSize.toLocaleString('en')}`);
	return over;
}

/**
 * Every generated diagram stays inside mermaid's limits (edges, text size) and our readability budget
 * (nodes), checked on the mermaid source before anything is rendered: a content change that would break
 * a diagram is reported with the file and field it comes from, the numbers, and what to change. The
 * generators bound themselves (a large phase or a much-used skill is summarised), so this fires only
 * for what a generator cannot cut without losing meaning, such as the role spectrum or very long titles.
 */
export function checkDiagramBudget(graph: RoadmapGraph, dataFiles: Record<keyof DataSets, string>, locate: Locate, diagrams: (g: RoadmapGraph) => DiagramSpec[] = siteDiagrams): Problem[] {
	let specs: DiagramSpec[];
	try {
		specs = diagrams(graph);
	} catch {
		return []; // A graph that breaks a generator has problems the other rules report; the check never throws.
	}
	return specs.flatMap((spec) => {
		const over = budgetBreaches(diagramSize(spec.source));
		if (over.length === 0) return [];
		const origin = originOf(graph, spec.id, dataFiles);
		return [{
			code: 'diagram-over-budget' as const,
			file: origin.file,
			line: locate(origin.file, origin.path),
			field: origin.path.join('.'),
			message: `${origin.what} would have ${over.join(' and ')}`,
			hint: `To keep it drawable and readable, ${origin.fix}. The limits are in src/diagram/budget.ts.`,
		}];
	});
}
