// `npm run links:update` as a reader of the README runs it: the npm script, its CLI (src/cli/links-update.ts)
// and the build it starts, on a copy of the base fixture site, so the committed lock is never touched.
// The CLI finds the site root from its own location, so the copy gets the CLI file, the project's
// package.json, and a link to the project's Astro.
import { childEnv } from '../support/child-env.ts';
import { findChromium } from '../support/chromium.ts';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { materialize, projectRoot } from '../support/fixture-site.ts';

const projectLock = join(projectRoot, 'content/data/links.lock.json');

describe('npm run links:update', () => {
	it('records every published URL and anchor of the site it is run in, and only there', () => {
		const before = readFileSync(projectLock, 'utf8');
		const root = materialize('base', ['base'], 'links-update-command');
		const script = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts['links:update'];
		expect(script).toBe('node src/cli/links-update.ts');
		// The project's package.json as is: Vite decides what to bundle from its dependencies.
		copyFileSync(join(projectRoot, 'package.json'), join(root, 'package.json'));
		mkdirSync(join(root, 'src/cli'), { recursive: true });
		copyFileSync(join(projectRoot, 'src/cli/links-update.ts'), join(root, 'src/cli/links-update.ts'));
		// The CLI starts node_modules/astro/bin/astro.mjs from the site root; every other package resolves
		// upwards to the project's node_modules (the copy lives inside the project, in tests/build/.tmp/).
		mkdirSync(join(root, 'node_modules'), { recursive: true });
		symlinkSync(join(projectRoot, 'node_modules/astro'), join(root, 'node_modules/astro'), 'dir');
		const lockFile = join(root, 'content/data/links.lock.json');
		expect(existsSync(lockFile)).toBe(false);

		const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
		const run = spawnSync(npm, ['run', 'links:update'], { cwd: root, encoding: 'utf8', env: childEnv({ FORCE_COLOR: '0', NO_COLOR: '1', ...(findChromium() ? {} : { ROADMAP_DIAGRAMS: 'off' }) }) });
		const output = `${run.stdout}\n${run.stderr}`;
		expect(run.status, output).toBe(0);
		expect(output).toMatch(/links: recorded \d+ URLs and \d+ anchors in content\/data\/links\.lock\.json/);

		const pages = JSON.parse(readFileSync(lockFile, 'utf8')).pages;
		expect(Object.keys(pages).sort()).toEqual(expect.arrayContaining(['/', '/notes/why/', '/phases/first/', '/roles/engineer/', '/skills/context/', '/skills/tokens/', '/tracks/main/']));
		expect(pages['/skills/tokens/']).toMatchObject({ id: 'tokens', anchors: expect.arrayContaining(['how-to-count', 'proof', 'sources']) });
		// The project's committed lock is not written by a run in another folder.
		expect(readFileSync(projectLock, 'utf8')).toBe(before);
	});
});
