import type { CoverageRoadmap } from '../schemas/coverage.ts';
import type { ComparisonRow, Plan, Source, TimelineWeek, Transfer } from '../schemas/data.ts';
import type { EntryKind } from '../schemas/entry.ts';
import type { Note } from '../schemas/note.ts';
import type { Phase } from '../schemas/phase.ts';
import type { Project } from '../schemas/project.ts';
import type { Role } from '../schemas/role.ts';
import type { Skill } from '../schemas/skill.ts';
import type { Track } from '../schemas/track.ts';

export type { EntryKind };

/** The validated frontmatter of each entry kind. */
export interface KindData {
	skill: Skill;
	phase: Phase;
	track: Track;
	role: Role;
	note: Note;
	project: Project;
}

/** One validated entry: a page with a permanent id. */
export interface EntryNode<K extends EntryKind = EntryKind> {
	kind: K;
	id: string;
	title: string;
	/** Site path with slashes on both sides, e.g. `/skills/rag-fundamentals/`. */
	href: string;
	/** Path relative to the project root. */
	file: string;
	data: KindData[K];
	/** Raw MDX body, used to find links between pages. */
	body: string;
	/** 1-based line of the file on which the body starts (absent for entries built in memory). */
	bodyLine?: number | undefined;
}

/** A plain page (home, guides): not in the graph, but its links count as references. */
export interface PageNode {
	title: string;
	href: string;
	file: string;
	body: string;
	/** 1-based line of the file on which the body starts (absent for pages built in memory). */
	bodyLine?: number | undefined;
}

/** The YAML data files under content/data. */
export interface DataSets {
	sources: Source[];
	plans: Plan[];
	transfers: Transfer[];
	comparison: ComparisonRow[];
	timeline: TimelineWeek[];
	/** roadmap.sh's AI roadmaps, node by node; empty when content/data/roadmap-sh-coverage.yaml is absent. */
	coverage: CoverageRoadmap[];
}

export const emptyData = (): DataSets => ({ sources: [], plans: [], transfers: [], comparison: [], timeline: [], coverage: [] });

/** How one entry refers to another. */
export type Via = 'prerequisite' | 'phase' | 'track' | 'note' | 'project' | 'link';

/** An incoming reference: `from` refers to the entry it is stored under. */
export interface Backlink {
	from: EntryNode | PageNode;
	via: Via;
}

/** Typed graph of the roadmap, with every relation computed once. */
export interface RoadmapGraph {
	entries: { [K in EntryKind]: Map<string, EntryNode<K>> };
	pages: PageNode[];
	data: DataSets;
	sources: Map<string, Source>;
	plans: Map<string, Plan>;
	/** skill id -> the phase that lists it. */
	phaseOf: Map<string, string>;
	/** phase id -> tracks that include it, in track file order. */
	tracksOfPhase: Map<string, string[]>;
	/** plan id -> its phases ordered by `order`. */
	phasesOfPlan: Map<string, string[]>;
	/** skill id -> skills that list it as a prerequisite ("unlocks"). */
	unlocks: Map<string, string[]>;
	/** `kind:id` -> entries and pages that refer to it, typed or by a link in their body. */
	referencedBy: Map<string, Backlink[]>;
	/** href -> entry, for resolving links in bodies. */
	byHref: Map<string, EntryNode | PageNode>;
}

export const keyOf = (kind: EntryKind, id: string) => `${kind}:${id}`;
