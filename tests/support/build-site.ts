// Global setup of the "site" test project: builds the real site once into dist/ for the build-output
// and browser tests. A failing build fails the whole project with Astro's output.
// ROADMAP_VERIFY_SIDEBAR=1: every page's sidebar, filled in from the build's template, is compared with
// Starlight's own rendering of it, and the build stops on a difference (src/sidebar/sidebar-template.ts).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { childEnv } from './child-env.ts';
import { buildLogFile, distDir } from './dist.ts';
import { envFlag } from './env.ts';

export default function setup() {
	const root = fileURLToPath(new URL('../..', import.meta.url));
	if (envFlag('ROADMAP_SKIP_BUILD')) return; // reuse an existing dist/ while iterating locally
	const started = Date.now();
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', distDir], { cwd: root, encoding: 'utf8', env: childEnv({ ROADMAP_VERIFY_SIDEBAR: '1' }) });
	writeFileSync(buildLogFile, `${result.stdout}\n${result.stderr}`);
	if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
	console.log(`site built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
