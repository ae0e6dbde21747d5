// Materialises a build fixture (tests/build/fixtures/base + one scenario folder) as a tiny site that
// uses the project's real config, schema and plugin, then runs `npm run check` or `astro build` on it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv } from './child-env.ts';
import { findChromium } from './chromium.ts';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(projectRoot, 'tests/build/fixtures');

export function materialize(scenario: string, overlays: string[] = [scenario], name = overlays.join('+')): string {
	const root = join(projectRoot, 'tests/build/.tmp', name);
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	cpSync(join(fixtures, 'base'), root, { recursive: true });
	for (const overlay of overlays) {
		if (overlay === 'base') continue;
		cpSync(join(fixtures, overlay), root, { recursive: true });
		// An overlay can delete base files (a rename is a delete plus an add): it lists them in .remove.
		const remove = join(root, '.remove');
		if (existsSync(remove)) {
			for (const file of readFileSync(remove, 'utf8').split('\n').filter(Boolean)) rmSync(join(root, file));
			rmSync(remove);
		}
	}
	// The fixture borrows the project's config and collections, so it is checked exactly like the real site.
	writeFileSync(join(root, 'astro.config.mjs'), `export { default } from ${JSON.stringify(join(projectRoot, 'astro.config.mjs'))};\n`);
	writeFileSync(join(root, 'content.config.ts'), `export { collections } from ${JSON.stringify(join(projectRoot, 'content.config.ts'))};\n`);
	return root;
}

const strip = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

function run(args: string[], cwd: string) {
	const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: childEnv({ FORCE_COLOR: '0' }) });
	return { status: result.status, output: strip(`${result.stdout}\n${result.stderr}`) };
}

/** `npm run check` on the fixture. */
export const runCheck = (root: string) => run([join(projectRoot, 'src/cli/check.ts'), root], root);

/**
 * `astro build` on the fixture; extra environment variables such as ROADMAP_LINKS_UPDATE=1. Fixture diagrams
 * are never in the committed render store, so on a machine without Chromium the fixture builds without
 * pictures (ROADMAP_DIAGRAMS=off): what these builds test (checks, links, redirects) does not depend on them.
 */
export function runBuild(root: string, env: Record<string, string> = {}) {
	const noBrowser: Record<string, string> = findChromium() ? {} : { ROADMAP_DIAGRAMS: 'off' };
	const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root], {
		cwd: root,
		encoding: 'utf8',
		env: childEnv({ FORCE_COLOR: '0', ...noBrowser, ...env }),
	});
	return { status: result.status, output: strip(`${result.stdout}\n${result.stderr}`) };
}
