import type { SkillCategory } from '../schemas/skill.ts';

/** One skill on a map: numbered in learning order across the whole map, coloured by its category. */
export interface MapSkill {
	/** Permanent skill id; the progress island marks the node by it (`data-progress-node`). */
	id: string;
	/** Learning order across the map, from 1. */
	n: number;
	title: string;
	href: string;
	category: SkillCategory;
	categoryLabel: string;
}

/** One phase on a map: a stop on the vertical path, its skills beside it. */
export interface MapPhase {
	id: string;
	/** Position on this map, from 1. */
	step: number;
	title: string;
	href: string;
	/** "Days 1–30". */
	when: string;
	skills: MapSkill[];
}

/** A link at the end of a map (the roles a track leads to). */
export interface MapEnd {
	label: string;
	links: { title: string; href: string }[];
}

/** A whole map, ready to lay out: generated from the graph, never written by hand. */
export interface RoadmapMap {
	/** Unique on the site, e.g. `map-track-applied-ai-track`. */
	id: string;
	/** Accessible name of the map. */
	title: string;
	phases: MapPhase[];
	ends: MapEnd[];
	/** Legend rows: every category, with how many skills of this map are in it. */
	legend: { category: SkillCategory; label: string; meaning: string; count: number }[];
}
