import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isRedirectPage } from '../links/redirect-page.ts';
import { readTimeReport } from './gnu-time.ts';

/** One measured `astro build`: wall time, CPU time and peak resident memory (when /usr/bin/time is there), output size. */
export interface BuildRun {
	ms: number;
	peakMiB: number | undefined;
	/** User and system CPU time of the build and its children, in seconds (when /usr/bin/time is there). */
	cpuSeconds: number | undefined;
	pages: number;
	htmlBytes: number;
	/** The build's own account of its diagram step (`diagrams: N diagrams, R renders (...) in X ms`), if it printed one. */
	diagrams?: string | undefined;
}

const gnuTime = '/usr/bin/time';

/**
 * Runs `astro build` in `dir` and measures it. `env` sets variables over this process's own (a value) or
 * unsets them (undefined). Throws with the build's output when it fails.
 */
export function measureBuild(dir: string, env: NodeJS.ProcessEnv = {}): BuildRun {
	const astro = [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'];
	const timed = existsSync(gnuTime);
	const [cmd, args] = timed ? [gnuTime, ['-v', process.execPath, ...astro]] : [process.execPath, astro];
	const started = performance.now();
	const result = spawnSync(cmd, args, { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
	const ms = performance.now() - started;
	if (result.status !== 0) throw new Error(`astro build failed in ${dir}:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
	const { peakMiB, cpuSeconds } = timed ? readTimeReport(result.stderr) : { peakMiB: undefined, cpuSeconds: undefined };
	const diagrams = /diagrams: (\d+ diagrams, .* ms)/.exec(result.stdout)?.[1];
	return { ms, peakMiB, cpuSeconds, ...htmlSize(join(dir, 'dist')), diagrams };
}

/** The first bytes of a file, as text: enough to tell a redirect page (isRedirectPage) from a page. */
function fileStart(file: string): string {
	const fd = openSync(file, 'r');
	try {
		const buffer = Buffer.alloc(64);
		return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
	} finally {
		closeSync(fd);
	}
}

/**
 * Pages (HTML files) in a build output and their total bytes. Redirect pages are not counted: ours has
 * one for every short link, renamed page and diagram address, and counting them made ours look 0.8x
 * vanilla's time per page at 82 skills (271 "pages" for 182 built).
 */
export function htmlSize(dist: string): { pages: number; htmlBytes: number } {
	let pages = 0;
	let htmlBytes = 0;
	for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const file = join(entry.parentPath, entry.name);
		if (isRedirectPage(fileStart(file))) continue;
		pages++;
		htmlBytes += statSync(file).size;
	}
	return { pages, htmlBytes };
}
