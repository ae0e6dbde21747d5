// The slice of the roadmap a personal plan needs, and the plan computed from it. Plain data, so the
// same function runs at build time (the no-JavaScript plans) and in the browser (the island).

/** A page the plan links to. `href` is a site path, e.g. `/skills/embeddings/`. */
export interface PlanLink {
	id: string;
	title: string;
	href: string;
}

/** A skill with the hours the plan schedules for it: the midpoint of its effort range. */
export interface PlanSkill extends PlanLink {
	hours: number;
}

export interface PlanPhase extends PlanLink {
	/** Skill ids in learning order. */
	skills: string[];
}

export interface PlanTrack extends PlanLink {
	/** Phase ids in the order the reader follows them. */
	phases: string[];
	/** Role ids the track prepares for first. */
	roles: string[];
}

/** Everything buildPlan reads, keyed by id. Embedded in the plan page as JSON. */
export interface PlanData {
	tracks: PlanTrack[];
	phases: Record<string, PlanPhase>;
	skills: Record<string, PlanSkill>;
	roles: Record<string, PlanLink>;
}

/** What the reader asks for. Strings are accepted where they come from a form or a URL. */
export interface PlanRequest {
	track: string;
	hoursPerWeek: number | string;
	/** First day of week 1, YYYY-MM-DD. */
	start: string;
	/** Skill ids already done: left out of the plan. */
	done?: Iterable<string>;
}

/** A request value that cannot make a plan, and why, in words for the reader. */
export interface PlanProblem {
	field: 'track' | 'hours' | 'start';
	message: string;
}

/** Part of one skill scheduled in one week. */
export interface WeekSkill {
	skill: PlanSkill;
	/** Hours of the skill that fall in this week. */
	hours: number;
}

export interface PlanWeek {
	/** 1-based week number. */
	week: number;
	/** First and last day of the week, YYYY-MM-DD. */
	start: string;
	end: string;
	skills: WeekSkill[];
	/** Phases whose last remaining hour falls in this week. */
	phaseEnds: PlanPhase[];
	/** The track's roles, on the week the last phase ends. */
	rolesReached: PlanLink[];
}

/** When a phase happens in the plan; `weeks` is undefined for a phase with nothing left to do. */
export interface PhaseSpan {
	phase: PlanPhase;
	hours: number;
	weeks?: { first: number; last: number; start: string; end: string } | undefined;
}

export interface Plan {
	track: PlanTrack;
	hoursPerWeek: number;
	start: string;
	weeks: PlanWeek[];
	phases: PhaseSpan[];
	roles: PlanLink[];
	/** The day the roles are reached: the last day of the last week, or the start when nothing is left. */
	rolesDate: string;
	totalHours: number;
	totalWeeks: number;
	/** Skills of the track left out because they are done. */
	skipped: PlanSkill[];
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] };

/** The range the page accepts for hours a week. */
export const HOURS_RANGE = { min: 2, max: 40 } as const;

/** Hours a week of the plans built into the page for readers without JavaScript, and of the form. */
export const DEFAULT_HOURS = 8;
