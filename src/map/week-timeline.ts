import { windowLabel } from '../graph/labels.ts';
import type { RoadmapGraph } from '../graph/model.ts';

/** One week of a plan's timeline: what it works on and what it ships. */
export interface TimelineWeek {
	week: number;
	artifact: string;
	focus: string;
}

/** A phase of the plan with its weeks, in week order. */
export interface TimelineBlock {
	phase: { id: string; title: string; href: string; when: string };
	weeks: TimelineWeek[];
}

/** A plan week by week, ready to lay out as HTML (src/components/map/WeekTimeline.astro). */
export interface WeekTimeline {
	/** Unique on the site, e.g. `timeline-ninety-day-applied`. */
	id: string;
	/** Accessible name: the plan's title, week by week. */
	title: string;
	blocks: TimelineBlock[];
}

/**
 * The weeks of `content/data/timeline.yaml` that belong to one plan, grouped by phase in the plan's order
 * and sorted by week inside each phase. Phases without weeks are left out; undefined when the plan does
 * not exist or has no week at all. Pure.
 */
export function weekTimeline(graph: RoadmapGraph, planId: string): WeekTimeline | undefined {
	const plan = graph.plans.get(planId);
	if (!plan) return undefined;
	const blocks = (graph.phasesOfPlan.get(planId) ?? []).flatMap((id): TimelineBlock[] => {
		const phase = graph.entries.phase.get(id);
		const weeks = graph.data.timeline
			.filter((w) => w.phase === id)
			.sort((a, b) => a.week - b.week)
			.map((w) => ({ week: w.week, artifact: w.artifact, focus: w.focus }));
		if (!phase || weeks.length === 0) return [];
		return [{ phase: { id, title: phase.title, href: phase.href, when: windowLabel(phase.data.window) }, weeks }];
	});
	if (blocks.length === 0) return undefined;
	return { id: `timeline-${planId}`, title: `${plan.title}, week by week`, blocks };
}

/** Every plan that has weeks in the timeline, in the order of `content/data/plans.yaml`. Pure. */
export const weekTimelines = (graph: RoadmapGraph): WeekTimeline[] => [...graph.plans.keys()].flatMap((id) => weekTimeline(graph, id) ?? []);
