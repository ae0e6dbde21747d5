// `npm run new` writes skeleton entries that the real check accepts at once, and refuses bad requests
// with a message that says what to do. Runs the CLI on a temporary copy of content/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { addToList } from '../../src/cli/new.ts';
import { projectRoot } from '../support/fixture-site.ts';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function contentCopy(): string {
	const root = mkdtempSync(join(tmpdir(), 'roadmap-new-'));
	copies.push(root);
	cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
	return root;
}

const run = (root: string, ...args: string[]) => {
	const result = spawnSync(process.execPath, [join(projectRoot, 'src/cli/new.ts'), ...args], { cwd: root, encoding: 'utf8' });
	return { status: result.status, out: `${result.stdout}${result.stderr}` };
};

const { graph } = checkContent(projectRoot);
const phase = [...graph.entries.phase.keys()][0]!;
const track = [...graph.entries.track.keys()][0]!;

// Each step spawns node and reads all content: slow on a busy machine.
describe('npm run new', { timeout: 120_000 }, () => {
	let refusals: string | undefined;
	it('writes one entry of every kind, the skill into its phase, and the check passes afterwards', () => {
		const root = contentCopy();
		const steps = [
			['skill', 'new-skill', '--phase', phase],
			['phase', 'new-phase', '--track', track],
			['track', 'new-track'],
			['role', 'new-role', '--track', track],
			['note', 'new-note'],
			['project', 'new-project'],
		];
		for (const step of steps) expect(run(root, ...step), step.join(' ')).toMatchObject({ status: 0 });
		const after = checkContent(root);
		expect(after.problems).toEqual([]);
		expect(after.graph.phaseOf.get('new-skill')).toBe(phase);
		expect(after.graph.phaseOf.get('new-phase-skill')).toBe('new-phase');
		expect(after.graph.entries.track.get(track)!.data.phases.at(-1)).toBe('new-phase');
		expect(after.graph.entries.track.get(track)!.data.laterRoles).toContain('new-role');
		for (const kind of ['skill', 'phase', 'track', 'role', 'note', 'project'] as const) expect(after.graph.entries[kind].has(`new-${kind}`), kind).toBe(true);
	});

	it.each([
		[['skill', 'eval-design', '--phase', phase], /the id "eval-design" is taken by the skill in content\/docs\/skills\/eval-design\.mdx/],
		[['note', 'Bad_Id'], /bad id "Bad_Id": an id is lowercase words/],
		[['skill', 'fresh-skill', '--phase', 'no-such-phase'], /no phase with id "no-such-phase"\. Phases: /],
		[['skill', 'fresh-skill'], /a skill belongs to exactly one phase: add --phase <phase-id>/],
		[['role', 'fresh-role'], /a role must be in a track: add --track <track-id>/],
		[['widget', 'x'], /unknown kind "widget"/],
		[['note'], /usage: npm run new -- <kind> <id>/],
	])('refuses %j with a clear message and writes nothing', (args, message) => {
		// One copy for every refusal: nothing may be written, so each starts from the same content.
		const root = (refusals ??= contentCopy());
		const result = run(root, ...args);
		expect(result.status).toBe(1);
		expect(result.out).toMatch(message);
		expect(checkContent(root).problems).toEqual([]);
	});

	it('adds to block and flow lists without touching the rest of the file', () => {
		expect(addToList('---\nskills:\n  - a\n  - b\nother: 1\n---\n', 'skills', 'c')).toBe('---\nskills:\n  - a\n  - b\n  - c\nother: 1\n---\n');
		expect(addToList('---\nlaterRoles: [a, b]\n---\n', 'laterRoles', 'c')).toBe('---\nlaterRoles: [a, b, c]\n---\n');
		expect(addToList('---\nlaterRoles: []\n---\n', 'laterRoles', 'c')).toBe('---\nlaterRoles: [c]\n---\n');
		expect(addToList('---\nid: x\n---\nbody\n', 'laterRoles', 'c')).toBe('---\nid: x\nlaterRoles: [c]\n---\nbody\n');
	});
});
