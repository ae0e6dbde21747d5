// What a reader following the roadmap does: mark a skill done and see it counted on its phase and
// track, after a reload, with the keyboard, and never meet a dead control without JavaScript.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { skillsOfTrack } from '../../src/graph/build-graph.ts';
import { chromiumPath, useBuiltSite } from '../support/browser.ts';
import { projectRoot } from '../support/fixture-site.ts';

const { graph } = checkContent(projectRoot);
const skill = graph.entries.skill.get('eval-design')!;
const phase = graph.entries.phase.get(graph.phaseOf.get(skill.id)!)!;
const track = graph.entries.track.get(graph.tracksOfPhase.get(phase.id)![0]!)!;

describe.skipIf(!chromiumPath)('progress tracking', () => {
	const built = useBuiltSite();

	it('marks a skill done with the keyboard, keeps it across reloads, and counts it on its phase and track', async () => {
		const context = await built.browser.newContext();
		const page = await context.newPage();
		await page.goto(built.site.url + skill.href);
		const box = page.getByRole('checkbox', { name: 'I have built the proof for this skill' });
		expect(await box.isVisible()).toBe(true);
		expect(await box.isChecked()).toBe(false);
		await box.focus();
		await page.keyboard.press('Space');
		expect(await box.isChecked()).toBe(true);

		await page.reload();
		expect(await box.isChecked()).toBe(true);

		await page.goto(built.site.url + phase.href);
		const summary = page.locator('[data-progress-of]');
		expect(await summary.isVisible()).toBe(true);
		expect(await summary.textContent()).toMatch(new RegExp(`Your progress: 1 of ${phase.data.skills.length} skills marked done`));
		expect(await page.locator(`[data-progress-item="${skill.id}"]`).getAttribute('data-done')).toBe('');
		expect(await page.locator(`[data-progress-item][data-done]`).count()).toBe(1);

		await page.goto(built.site.url + track.href);
		expect(await page.locator('[data-progress-of]').textContent()).toMatch(new RegExp(`1 of ${skillsOfTrack(graph, track.id).length} skills`));
		// The track map marks the skill done with a visible word, not colour alone.
		const node = page.locator(`.rm-map [data-progress-node="${skill.id}"]`);
		expect(await node.getAttribute('data-progress-state')).toBe('done');
		expect(await node.locator('.rm-map__done').isVisible()).toBe(true);
		expect(await page.locator('.rm-map [data-progress-state]').count()).toBe(1);

		// Unmarking in another tab updates this one, map included.
		const other = await context.newPage();
		await other.goto(built.site.url + skill.href);
		await other.getByRole('checkbox').uncheck();
		await expect.poll(() => page.locator('[data-progress-count]').textContent()).toBe('0');
		expect(await node.getAttribute('data-progress-state')).toBeNull();
		// Ticked in another tab: the open map shows it without a reload.
		await other.getByRole('checkbox').check();
		await expect.poll(() => node.getAttribute('data-progress-state')).toBe('done');
		await context.close();
	});

	it('shows no progress control without JavaScript, or where storage is blocked', async () => {
		const noScript = await built.browser.newContext({ javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(built.site.url + skill.href);
		expect(await page.locator('[data-progress]').isVisible()).toBe(false);
		await page.goto(built.site.url + phase.href);
		expect(await page.locator('[data-progress]').isVisible()).toBe(false);
		await page.goto(built.site.url + track.href);
		expect(await page.locator('.rm-map [data-progress-state]').count()).toBe(0);
		expect(await page.locator('.rm-map__skill').first().isVisible()).toBe(true);
		await noScript.close();

		const blocked = await built.browser.newContext();
		await blocked.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
		});
		const page2 = await blocked.newPage();
		await page2.goto(built.site.url + skill.href);
		expect(await page2.locator('[data-progress]').isVisible()).toBe(false);
		await blocked.close();
	});
});
