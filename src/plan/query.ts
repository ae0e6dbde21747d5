// The plan's state lives in the URL (?track=…&hours=…&start=…), so a plan can be bookmarked and shared.

/** The three values as written in the URL, not yet checked (src/plan/validate.ts does that). */
export interface PlanQuery {
	track: string;
	hours: string;
	start: string;
}

/** Reads the plan values from a query string; undefined when the URL asks for no plan at all. */
export function readQuery(search: string): Partial<PlanQuery> | undefined {
	const params = new URLSearchParams(search);
	const found: Partial<PlanQuery> = {};
	for (const key of ['track', 'hours', 'start'] as const) {
		const value = params.get(key);
		if (value !== null) found[key] = value;
	}
	return Object.keys(found).length > 0 ? found : undefined;
}

/** The query string of a plan, in a fixed order so equal plans have equal URLs. */
export const writeQuery = (query: PlanQuery): string =>
	`?${new URLSearchParams([['track', query.track], ['hours', query.hours], ['start', query.start]])}`;
