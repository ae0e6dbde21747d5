// `npm run bench`: what diagrams cost. Cold and warm render of every diagram, then the site build with
// diagrams (warm cache) against the build with rendering turned off. A measurement, not a test.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { checkContent } from '../check/run-check.ts';
import { diagramCache } from '../diagram/render/cache-fs.ts';
import { prerenderDiagrams } from '../diagram/render/prerender-fs.ts';

const root = process.cwd();
const runs = Number(process.env.BENCH_RUNS ?? 3);
const { graph } = checkContent(root);
const cache = diagramCache(root);

// Cold: move the cache aside, render everything in one browser session, then drop the old cache.
const aside = `${cache.dir}.bench-aside`;
if (existsSync(cache.dir)) renameSync(cache.dir, aside);
let cold;
try {
	cold = await prerenderDiagrams(root, graph);
} catch (error) {
	rmSync(cache.dir, { recursive: true, force: true });
	if (existsSync(aside)) renameSync(aside, cache.dir);
	throw error;
}
rmSync(aside, { recursive: true, force: true });
const warm = await prerenderDiagrams(root, graph);

// Builds: alternate the two modes so drift in machine load hits both alike; report the median.
const build = (env: NodeJS.ProcessEnv) => {
	const started = performance.now();
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
	return performance.now() - started;
};
const times = { on: [] as number[], off: [] as number[] };
for (let i = 0; i < runs; i++) {
	times.off.push(build({ ROADMAP_DIAGRAMS: 'off' }));
	times.on.push(build({}));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const [on, off] = [median(times.on), median(times.off)];

console.log(`Diagrams: ${cold.diagrams} (${cold.renders} renders: one per theme)`);
console.log(`Cold render, all diagrams, one browser: ${s(cold.ms)} (${Math.round(cold.ms / cold.renders)} ms per render, ${Math.round(cold.ms / cold.diagrams)} ms per diagram)`);
console.log(`Warm render (all cached):             ${Math.round(warm.ms)} ms, ${warm.rendered} rendered`);
console.log(`Build with diagrams (warm cache):      ${s(on)}   runs: ${times.on.map(s).join(', ')}`);
console.log(`Build with ROADMAP_DIAGRAMS=off:       ${s(off)}   runs: ${times.off.map(s).join(', ')}`);
console.log(`Diagrams add ${(((on - off) / off) * 100).toFixed(1)}% to a warm build (target: under 10%).`);
