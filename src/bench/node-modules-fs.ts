import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Gives a scaffolded project the installed packages of `root`. A symlinked node_modules breaks Astro's
 * build (its compile metadata is keyed by the resolved path outside the project: "No cached compile
 * metadata found"), so the tree is hard-linked (`cp -al`, about a second, no extra disk), with a symlink
 * only where hard links are not available.
 */
export function linkNodeModules(root: string, dir: string): void {
	const from = join(root, 'node_modules');
	const to = join(dir, 'node_modules');
	const linked = spawnSync('cp', ['-al', from, to], { stdio: 'ignore' });
	if (linked.status !== 0) symlinkSync(from, to, 'dir');
}
