import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One measured `astro build`: wall time, peak resident memory (when /usr/bin/time is there), output size. */
export interface BuildRun {
	ms: number;
	peakMiB: number | undefined;
	pages: number;
	htmlBytes: number;
	/** The build's own account of its diagram step (`diagrams: N diagrams, R renders (...) in X ms`), if it printed one. */
	diagrams?: string | undefined;
}

const gnuTime = '/usr/bin/time';

/** Runs `astro build` in `dir` and measures it. Throws with the build's output when it fails. */
export function measureBuild(dir: string, env: NodeJS.ProcessEnv = {}): BuildRun {
	const astro = [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'];
	const timed = existsSync(gnuTime);
	const [cmd, args] = timed ? [gnuTime, ['-v', process.execPath, ...astro]] : [process.execPath, astro];
	const started = performance.now();
	const result = spawnSync(cmd, args, { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
	const ms = performance.now() - started;
	if (result.status !== 0) throw new Error(`astro build failed in ${dir}:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
	const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1];
	const diagrams = /diagrams: (\d+ diagrams, .* ms)/.exec(result.stdout)?.[1];
	return { ms, peakMiB: kb ? Number(kb) / 1024 : undefined, ...htmlSize(join(dir, 'dist')), diagrams };
}

/** Pages (HTML files) in a build output and their total bytes; the short-link redirect stubs under /s/ are not counted. */
export function htmlSize(dist: string): { pages: number; htmlBytes: number } {
	let pages = 0;
	let htmlBytes = 0;
	const stubs = join(dist, 's');
	for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html') || entry.parentPath.startsWith(stubs + '/')) continue;
		pages++;
		htmlBytes += statSync(join(entry.parentPath, entry.name)).size;
	}
	return { pages, htmlBytes };
}

/** The median of a non-empty list (the upper one of the middle two for an even length). */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
