// The plan page's island: reads the request from the URL, the done skills from local storage, and
// shows the plan computed by the same pure function that built the page. Without JavaScript the form
// stays hidden and the built-in plans below it are the page.
import { buildPlan } from './build-plan.ts';
import { readableDate } from './dates.ts';
import { planToIcs } from './ics.ts';
import { DEFAULT_HOURS, type Plan, type PlanData } from './model.ts';
import { readDoneSkills } from './progress-adapter.ts';
import { readQuery, writeQuery, type PlanQuery } from './query.ts';
import { paragraphs, renderPlanTable } from './render.ts';
import { planColumns, planRows, planSummary } from './rows.ts';

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const data: PlanData = JSON.parse($('#roadmap-plan-data').textContent!);
const form = $<HTMLFormElement>('[data-plan-form]');
const field = (name: keyof PlanQuery) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
const problems = $('[data-plan-problems]');
const result = $('[data-plan-result]');
let current: Plan | undefined;

const pad = (n: number) => String(n).padStart(2, '0');
const today = (d = new Date()) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const defaults = (): PlanQuery => ({ track: data.tracks[0]!.id, hours: String(DEFAULT_HOURS), start: today() });
const storage = () => {
	try {
		return localStorage;
	} catch {
		return undefined;
	}
};

function fill(query: PlanQuery) {
	for (const name of ['track', 'hours', 'start'] as const) field(name).value = query[name];
}

/** Shows the plan a query asks for, or says what is wrong with it and leaves the page as it was. */
function show(query: PlanQuery) {
	const outcome = buildPlan(data, { track: query.track, hoursPerWeek: query.hours, start: query.start, done: readDoneSkills(storage()) });
	problems.hidden = outcome.ok;
	if (!outcome.ok) {
		problems.replaceChildren(...paragraphs(['This link asks for a plan that cannot be made, so nothing was changed:', ...outcome.problems.map((p) => p.message)]));
		return;
	}
	current = outcome.plan;
	fill(query);
	$('[data-plan-summary]').replaceChildren(...paragraphs(planSummary(current, true)));
	$('[data-plan-table]').replaceChildren(renderPlanTable(`${current.track.title}, ${current.hoursPerWeek} hours a week from ${readableDate(query.start)}`, planColumns(true), planRows(current, true)));
	result.hidden = false;
	$('[data-plan-static]').hidden = true;
}

function fromUrl() {
	const asked = readQuery(location.search);
	fill(defaults());
	if (asked) return show({ ...defaults(), ...asked });
	// Back to the page without a plan: show the built-in plans again.
	current = undefined;
	problems.hidden = result.hidden = true;
	$('[data-plan-static]').hidden = false;
}

form.hidden = false;
fromUrl();
window.addEventListener('popstate', fromUrl);
form.addEventListener('submit', (event) => {
	event.preventDefault();
	const query = { track: field('track').value, hours: field('hours').value, start: field('start').value };
	history.pushState(null, '', writeQuery(query));
	show(query);
});
$('[data-plan-ics]').addEventListener('click', () => {
	if (!current) return;
	const file = new Blob([planToIcs(current, { site: location.origin, stamp: new Date() })], { type: 'text/calendar' });
	const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(file), download: `plan-${current.track.id}-${current.start}.ics` });
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});
