// What a reader following the roadmap does: set a skill's state with the keyboard and see it on its
// phase (list and diagram) and track map, carry the progress to another browser by file and by link, and
// never meet a dead control without JavaScript. Every page fails its test on an uncaught script error.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { skillsOfTrack } from '../../src/graph/build-graph.ts';
import { today } from '../../src/progress/edit.ts';
import { LEGACY_KEY, PROGRESS_KEY } from '../../src/progress/store.ts';
import { chromiumPath, useBuiltSite } from '../support/browser.ts';
import { projectRoot } from '../support/fixture-site.ts';

const { graph } = checkContent(projectRoot);
const skill = graph.entries.skill.get('eval-design')!;
const phase = graph.entries.phase.get(graph.phaseOf.get(skill.id)!)!;
const track = graph.entries.track.get(graph.tracksOfPhase.get(phase.id)![0]!)!;
// Two more skills of the same phase, for mixed states.
const [second, third] = phase.data.skills.filter((id) => id !== skill.id).map((id) => graph.entries.skill.get(id)!);

describe.skipIf(!chromiumPath)('progress tracking', () => {
	const built = useBuiltSite();
	const url = (path: string) => built.site.url + path;

	/**
	 * A new page whose uncaught errors are collected; `done` fails the test if there were any. With storage
	 * blocked, Starlight's own inline theme script throws; `onlyOurs` then counts only errors from our modules.
	 */
	async function open(context: BrowserContext, onlyOurs = false) {
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => {
			if (!onlyOurs || /\/_astro\/(Progress|store)/.test(error.stack ?? '')) errors.push(`${error.message} ${error.stack}`);
		});
		return { page, done: () => expect(errors).toEqual([]) };
	}
	const stored = (page: Page) => page.evaluate(([v2, v1]) => [localStorage.getItem(v2!), localStorage.getItem(v1!)], [PROGRESS_KEY, LEGACY_KEY]);
	const radio = (page: Page, name: string | RegExp) => page.getByRole('group', { name: 'Your progress on this skill' }).getByRole('radio', { name });

	/** Sets a skill's state on its page with the keyboard: focus the checked radio, then arrow down `steps` times. */
	async function setByKeyboard(page: Page, href: string, steps: number) {
		await page.goto(url(href));
		expect(await page.getByRole('group', { name: 'Your progress on this skill' }).count()).toBe(1);
		await radio(page, 'Not started').focus();
		for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
	}

	it('sets the three states with the keyboard, keeps them across reloads, and shows them on lists, diagrams and maps', async () => {
		const context = await built.browser.newContext();
		const { page, done } = await open(context);
		await page.goto(url(skill.href));
		expect(await radio(page, 'Not started').count()).toBe(1);
		expect(await radio(page, 'Not started').isChecked()).toBe(true);
		await radio(page, 'Not started').focus();
		await page.keyboard.press('ArrowDown');
		expect(await radio(page, 'In progress').isChecked()).toBe(true);
		await page.keyboard.press('ArrowDown');
		expect(await radio(page, /^Done/).isChecked()).toBe(true);
		expect(JSON.parse((await stored(page))[0]!)).toEqual({ version: 2, skills: { [skill.id]: { state: 'done', date: today() } } });
		await page.reload();
		expect(await radio(page, /^Done/).isChecked()).toBe(true);

		await setByKeyboard(page, second!.href, 1); // in progress
		await setByKeyboard(page, third!.href, 3); // skipped
		expect(await radio(page, 'Skipped').isChecked()).toBe(true);

		await page.goto(url(phase.href));
		const summary = page.locator('[data-progress-of]');
		expect(await summary.count()).toBe(1);
		expect(await summary.isVisible()).toBe(true);
		expect((await summary.innerText()).replace(/\s+/g, ' ')).toContain(`Your progress: 1 of ${phase.data.skills.length} skills done, 1 in progress, 1 skipped`);
		expect(await page.locator('[data-progress-item][data-progress-state]').count()).toBe(3);
		expect(await page.locator(`[data-progress-item="${second!.id}"]`).getAttribute('data-progress-state')).toBe('in-progress');
		// The phase diagram: each marked skill's node gets the state and a glyph badge.
		const marked = page.locator('.roadmap-diagram g.node[data-progress-state]');
		expect(await marked.count()).toBeGreaterThanOrEqual(3);
		expect(await page.locator('.roadmap-diagram g.node[data-progress-state="done"] .rm-diagram-mark text').first().textContent()).toBe('✓');
		expect(await page.locator('.roadmap-diagram g.node[data-progress-state="in-progress"] .rm-diagram-mark text').first().textContent()).toBe('◐');
		expect(await page.locator('.roadmap-diagram g.node[data-progress-state="skipped"] .rm-diagram-mark text').first().textContent()).toBe('↷');
		expect(await page.locator('.roadmap-diagram g.node:not([data-progress-state]) .rm-diagram-mark').count()).toBe(0);

		await page.goto(url(track.href));
		expect((await page.locator('[data-progress-of]').innerText()).replace(/\s+/g, ' ')).toContain(`1 of ${skillsOfTrack(graph, track.id).length} skills done`);
		const node = page.locator(`.rm-map [data-progress-node="${skill.id}"]`);
		expect(await node.count()).toBe(1);
		expect(await node.getAttribute('data-progress-state')).toBe('done');
		// Each state shows its own word, not colour alone; the other words stay hidden.
		const shown = page.locator('.rm-map .rm-map__state:visible');
		expect(await shown.allTextContents()).toEqual(expect.arrayContaining(['✓ done', '◐ in progress', '↷ skipped']));
		expect(await shown.count()).toBe(await page.locator('.rm-map [data-progress-state]').count());
		expect(await node.getAttribute('aria-label')).toBeNull();
		expect(await page.getByRole('link', { name: new RegExp(`${skill.title}.*✓ done`) }).count()).toBeGreaterThan(0);

		// Changing a state in another tab updates this one, map included.
		const other = await open(context);
		await other.page.goto(url(skill.href));
		await radio(other.page, 'Not started').check();
		await expect.poll(() => page.locator('[data-progress-count="done"]').textContent()).toBe('0');
		expect(await node.getAttribute('data-progress-state')).toBeNull();
		await radio(other.page, /^Done/).check();
		await expect.poll(() => node.getAttribute('data-progress-state')).toBe('done');
		done();
		other.done();
		await context.close();
	});

	it('exports a file, and importing it into an emptied browser restores the same progress', async () => {
		const context = await built.browser.newContext({ acceptDownloads: true });
		const { page, done } = await open(context);
		await setByKeyboard(page, skill.href, 2);
		await setByKeyboard(page, second!.href, 1);
		await setByKeyboard(page, third!.href, 3);
		const before = JSON.parse((await stored(page))[0]!);
		expect(Object.keys(before.skills)).toHaveLength(3);

		await page.goto(url('/progress/'));
		expect(await page.getByRole('heading', { name: 'Your progress per track', exact: true }).count()).toBe(1);
		expect(await page.getByRole('heading', { name: track.title, exact: true }).count()).toBe(1);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download progress file (.json)' }).click()]);
		expect(download.suggestedFilename()).toBe(`roadmap-progress-${today()}.json`);
		const file = readFileSync((await download.path())!, 'utf8');
		expect(JSON.parse(file)).toMatchObject({ format: 'backend-to-ai-roadmap/progress', version: 2, skills: before.skills });

		await page.evaluate(() => localStorage.clear());
		await page.reload();
		expect(await page.getByText('No skill is marked yet.').count()).toBe(1);
		await page.getByLabel('Progress file to import (.json)').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(file) });
		const status = page.locator('[data-p="import-result"]');
		await expect.poll(() => status.textContent()).toContain('Imported mine.json: 3 skills added, 0 changed');
		expect(JSON.parse((await stored(page))[0]!)).toEqual(before);
		expect(await page.getByRole('heading', { name: track.title, exact: true }).count()).toBe(1);

		// Imported again: nothing changes, nothing is removed.
		await page.getByLabel('Progress file to import (.json)').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(file) });
		await expect.poll(() => status.textContent()).toContain('0 skills added, 0 changed');
		expect(JSON.parse((await stored(page))[0]!)).toEqual(before);
		done();
		await context.close();
	});

	it('refuses a foreign or hand-edited file with a message, changing nothing, and names unknown ids', async () => {
		const context = await built.browser.newContext();
		const { page, done } = await open(context);
		await setByKeyboard(page, skill.href, 2);
		const before = await stored(page);
		await page.goto(url('/progress/'));
		const input = page.getByLabel('Progress file to import (.json)');
		const status = page.locator('[data-p="import-result"]');
		await input.setInputFiles({ name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"my-app","version":"1.0.0"}') });
		await expect.poll(() => status.textContent()).toContain('package.json: This is not a progress file this page can read');
		expect(await status.textContent()).toContain('Nothing was changed.');
		expect(await stored(page)).toEqual(before);

		const edited = { format: 'backend-to-ai-roadmap/progress', version: 2, skills: { [second!.id]: { state: 'done', date: '2026-02-31' } } };
		await input.setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) });
		await expect.poll(() => status.textContent()).toContain(`"${second!.id}": date "2026-02-31" is not a real day`);
		expect(await stored(page)).toEqual(before);

		const unknown = { format: 'backend-to-ai-roadmap/progress', version: 2, skills: { 'quantum-ml': { state: 'done', date: '2026-01-01' }, [second!.id]: { state: 'skipped', date: '2026-01-01' } } };
		await input.setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(unknown)) });
		await expect.poll(() => status.textContent()).toContain('Not imported, because this roadmap has no skill with these ids: quantum-ml.');
		expect(JSON.parse((await stored(page))[0]!).skills[second!.id]).toEqual({ state: 'skipped', date: '2026-01-01' });
		done();
		await context.close();
	});

	it('opens a share link as a read-only view in another browser, writing nothing; a tampered link gets a message', async () => {
		const mine = await built.browser.newContext();
		const a = await open(mine);
		await setByKeyboard(a.page, skill.href, 2);
		await setByKeyboard(a.page, second!.href, 1);
		await a.page.goto(url('/progress/'));
		await a.page.getByRole('button', { name: 'Make a share link' }).click();
		const link = await a.page.getByLabel('Share link').inputValue();
		expect(link).toBe(`${url('/progress/')}#p2~d:${skill.id}~i:${second!.id}`);

		const mentor = await built.browser.newContext();
		const b = await open(mentor);
		await b.page.goto(link);
		const view = b.page.getByRole('region', { name: 'Shared progress (read-only)' });
		expect(await view.count()).toBe(1);
		expect(await view.getByRole('heading', { name: `Someone's progress on the ${track.title}` }).count()).toBe(1);
		expect(await view.getByText('✓ Done:').getByRole('link', { name: skill.title }).count()).toBeGreaterThan(0);
		expect(await view.getByText('◐ In progress:').getByRole('link', { name: second!.title }).count()).toBeGreaterThan(0);
		expect(await b.page.getByText('No skill is marked yet.').count()).toBe(1); // the mentor's own progress is untouched
		expect(await stored(b.page)).toEqual([null, null]);

		// Tampered: a message, no view, nothing stored (here or in the reader's own browser).
		await b.page.goto(`${url('/progress/')}#p2~d:${skill.id}~x:<script>`);
		const alert = b.page.getByRole('alert');
		expect(await alert.count()).toBe(1);
		expect(await alert.textContent()).toContain('This share link cannot be read: "x:<script>" is not a state');
		expect(await view.isHidden()).toBe(true);
		expect(await stored(b.page)).toEqual([null, null]);
		const own = await stored(a.page);
		await a.page.goto(`${url('/progress/')}#p9~d:${skill.id}`);
		expect(await a.page.getByRole('alert').textContent()).toContain('version 9');
		expect(await stored(a.page)).toEqual(own);
		a.done();
		b.done();
		await mine.close();
		await mentor.close();
	});

	it('migrates v1 ticks to v2 as done, and removes v1 only once v2 holds them', async () => {
		const context = await built.browser.newContext();
		const { page, done } = await open(context);
		await page.goto(url(skill.href));
		await page.evaluate(([key, ids]) => localStorage.setItem(key as string, JSON.stringify(ids)), [LEGACY_KEY, [skill.id, second!.id]] as const);
		await page.reload();
		expect(await radio(page, /^Done/).isChecked()).toBe(true);
		const [v2, v1] = await stored(page);
		expect(v1).toBeNull();
		expect(JSON.parse(v2!).skills).toEqual({ [skill.id]: { state: 'done', date: today() }, [second!.id]: { state: 'done', date: today() } });
		done();
		await context.close();
	});

	it('shows no progress control or mark without JavaScript, or where storage is blocked', async () => {
		const noScript = await built.browser.newContext({ javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(url(skill.href));
		expect(await page.locator('[data-progress]').count()).toBe(1);
		expect(await page.locator('[data-progress]').isHidden()).toBe(true);
		await page.goto(url(phase.href));
		expect(await page.locator('[data-progress]').count()).toBe(1);
		expect(await page.locator('[data-progress]').isHidden()).toBe(true);
		await page.goto(url(track.href));
		expect(await page.locator('.rm-map__skill').count()).toBeGreaterThan(3);
		expect(await page.locator('.rm-map [data-progress-state]').count()).toBe(0);
		expect(await page.locator('.rm-map .rm-map__state:visible').count()).toBe(0);
		await page.goto(url('/progress/'));
		expect(await page.getByText('Export, import and share links work in your browser').count()).toBe(1);
		expect(await page.getByRole('button').filter({ hasText: /progress file|share link/ }).count()).toBe(0);
		await noScript.close();

		const blocked = await built.browser.newContext();
		await blocked.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
		});
		const { page: page2, done } = await open(blocked, true);
		await page2.goto(url(skill.href));
		expect(await page2.locator('[data-progress]').count()).toBe(1);
		expect(await page2.locator('[data-progress]').isHidden()).toBe(true);
		await page2.goto(url(`/progress/#p2~d:${skill.id}`));
		expect(await page2.getByText('Your browser does not let this site store anything').count()).toBe(1);
		// A share link still opens: it needs no storage.
		expect(await page2.getByRole('heading', { name: `Someone's progress on the ${track.title}` }).count()).toBe(1);
		done();
		await blocked.close();
	});
});
