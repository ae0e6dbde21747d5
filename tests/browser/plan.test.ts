// What a reader does on /plan/: choose a track, hours and a start day; read week 7; reload; take the
// calendar file; follow a bad link; see the built-in plans without JavaScript.
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { roadmapDocument } from '../../src/export/roadmap-document.ts';
import { buildPlan } from '../../src/plan/build-plan.ts';
import type { Plan, PlanRequest } from '../../src/plan/model.ts';
import { planData } from '../../src/plan/plan-data.ts';
import { chromiumPath, useBuiltSite } from '../support/browser.ts';
import { projectRoot } from '../support/fixture-site.ts';

const { graph } = checkContent(projectRoot);
const data = planData(roadmapDocument(graph, 'https://backend-to-ai.example.org/'));
const track = data.tracks[0]!;
const expected = (request: Partial<PlanRequest> = {}): Plan => {
	const result = buildPlan(data, { track: track.id, hoursPerWeek: 6, start: '2027-01-11', ...request });
	if (!result.ok) throw new Error('bad expectation');
	return result.plan;
};

describe.skipIf(!chromiumPath)('personal plan page', () => {
	const built = useBuiltSite();

	it('shows the dated plan asked for, keeps it on reload, and exports a calendar a parser reads', async () => {
		const context = await built.browser.newContext({ acceptDownloads: true });
		const page = await context.newPage();
		await page.goto(`${built.site.url}/plan/`);
		await page.getByRole('combobox', { name: 'Track' }).selectOption(track.id);
		await page.getByRole('spinbutton', { name: /Hours per week/ }).fill('6');
		await page.getByLabel('Start date').fill('2027-01-11');
		await page.getByRole('button', { name: 'Show my plan' }).click();

		const plan = expected();
		const week7 = page.locator('[data-plan-result] tr[data-row="week-7"]');
		const names = plan.weeks[6]!.skills.map((s) => s.skill.title);
		expect(names.length).toBeGreaterThan(0);
		for (const name of names) expect(await week7.getByRole('link', { name }).count()).toBe(1);
		expect(await week7.textContent()).toContain('22 Feb 2027');
		expect(new URL(page.url()).search).toBe(`?track=${track.id}&hours=6&start=2027-01-11`);
		expect(await page.locator('[data-plan-static]').isHidden()).toBe(true);

		await page.reload();
		for (const name of names) expect(await week7.getByRole('link', { name }).count()).toBe(1);
		expect(await page.getByRole('spinbutton', { name: /Hours per week/ }).inputValue()).toBe('6');

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download calendar/ }).click()]);
		expect(download.suggestedFilename()).toBe(`plan-${track.id}-2027-01-11.ics`);
		const ics = readFileSync((await download.path())!, 'utf8');
		const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
		expect(events.length).toBe(plan.phases.filter((p) => p.weeks).length + plan.weeks.length);
		await context.close();
	});

	it('leaves out the skills marked done on their pages', async () => {
		const context = await built.browser.newContext();
		const done = data.phases[track.phases[0]!]!.skills.slice(0, 2);
		await context.addInitScript((ids) => localStorage.setItem('roadmap-progress:v1', JSON.stringify(ids)), done);
		const page = await context.newPage();
		await page.goto(`${built.site.url}/plan/?track=${track.id}&hours=6&start=2027-01-11`);
		const plan = expected({ done });
		expect(plan.totalHours).toBeLessThan(expected().totalHours);
		expect(await page.locator('[data-plan-summary]').textContent()).toContain(`${plan.totalHours} hours over ${plan.totalWeeks} weeks`);
		for (const id of done) expect(await page.locator(`[data-plan-result] a[href="${data.skills[id]!.href}"]`).count()).toBe(0);
		await context.close();
	});

	it('explains a link with impossible values and shows no plan for it', async () => {
		const page = await built.browser.newPage();
		await page.goto(`${built.site.url}/plan/?track=${track.id}&hours=0&start=2027-02-31`);
		const alert = page.getByRole('alert');
		expect(await alert.textContent()).toContain('Hours per week "0" is not possible');
		expect(await alert.textContent()).toContain('February 2027 has 28 days');
		expect(await page.locator('[data-plan-result]').isHidden()).toBe(true);
		expect(await page.locator('[data-plan-static]').isVisible()).toBe(true);
		await page.close();
	});

	it('shows every track at 8 hours a week, and no dead form, without JavaScript', async () => {
		const context = await built.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${built.site.url}/plan/?track=${track.id}&hours=6&start=2027-01-11`);
		expect(await page.locator('[data-plan-form]').isVisible()).toBe(false);
		expect(await page.locator('[data-plan-static] table').count()).toBe(data.tracks.length);
		const first = buildPlan(data, { track: track.id, hoursPerWeek: 8, start: '2027-01-04' });
		expect(first.ok && (await page.locator('[data-plan-static] table').first().locator('tbody tr').count())).toBe(first.ok && first.plan.totalWeeks);
		await context.close();
	});
});
