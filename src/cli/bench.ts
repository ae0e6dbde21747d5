// `npm run bench`: what diagrams cost. Cold and warm render of every diagram, then the site build with
// diagrams (warm store) against the build with rendering turned off, then gzipped HTML per page kind next
// to a vanilla Starlight build of the same MDX bodies (src/bench/vanilla.ts). A measurement, not a test.
// BENCH_RUNS (default 3) sets the builds per mode.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { bytesByKind, diagramGzipBytes, pageKind } from '../bench/page-bytes.ts';
import { scaffoldVanilla } from '../bench/vanilla.ts';
import { checkContent } from '../check/run-check.ts';
import { renderStore } from '../diagram/render/store-fs.ts';
import { prerenderDiagrams } from '../diagram/render/prerender-fs.ts';

const root = process.cwd();
const runs = Number(process.env.BENCH_RUNS ?? 3);
const { graph } = checkContent(root);
const store = renderStore(root);

// Cold: copy the committed store aside, empty its renders, render everything in one browser session,
// then put the committed store back exactly as it was (the fresh renders are identical or it is a bug).
const aside = `${store.dir}.bench-aside`;
cpSync(store.dir, aside, { recursive: true });
let cold;
try {
	rmSync(`${store.dir}/renders`, { recursive: true, force: true });
	cold = await prerenderDiagrams(root, graph);
} finally {
	rmSync(store.dir, { recursive: true, force: true });
	cpSync(aside, store.dir, { recursive: true });
	rmSync(aside, { recursive: true, force: true });
}
const warm = await prerenderDiagrams(root, graph);

// Builds: alternate the two modes so drift in machine load hits both alike; report the median.
const build = (env: NodeJS.ProcessEnv) => {
	const started = performance.now();
	const result = spawnSync(process.execPath, ['--env-file-if-exists=node.env', 'node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
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

console.log(`Diagrams: ${cold.diagrams} (${cold.renders} renders: one per distinct diagram, themed by CSS; ${cold.calibrations} calibration renders)`);
console.log(`Cold render, all diagrams, one browser: ${s(cold.ms)} (${Math.round(cold.ms / cold.renders)} ms per render, ${Math.round(cold.ms / cold.diagrams)} ms per diagram)`);
console.log(`Warm render (all in the store):             ${Math.round(warm.ms)} ms, ${warm.rendered} rendered`);
console.log(`Build with diagrams (warm store):      ${s(on)}   runs: ${times.on.map(s).join(', ')}`);
console.log(`Build with ROADMAP_DIAGRAMS=off:       ${s(off)}   runs: ${times.off.map(s).join(', ')}`);
console.log(`Diagrams add ${(((on - off) / off) * 100).toFixed(1)}% to a warm build (target: under 10%).`);

// The last build above had diagrams: rebuild once with them so dist/ is the site as shipped, then vanilla.
build({});
const vanillaDir = scaffoldVanilla(root);
try {
	const result = spawnSync(process.execPath, [join(vanillaDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: vanillaDir, encoding: 'utf8', maxBuffer: 1 << 28 });
	if (result.status !== 0) throw new Error(`vanilla astro build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
	const dists = { ours: join(root, 'dist'), vanilla: join(vanillaDir, 'dist') };
	const pagePath = (file: string) => `/${relative(dists.ours, join(file, '..')).replaceAll('\\', '/')}/`.replace('//', '/');
	const paths = readdirSync(dists.ours, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('index.html'))
		.map((f) => pagePath(join(dists.ours, f)))
		.filter((p) => pageKind(p) !== 'other' || p === '/');
	const read = (b: 'ours' | 'vanilla', path: string) => {
		const file = join(dists[b], path, 'index.html');
		return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	};
	const targets: Record<string, number> = { skill: 1.7, 'phases index': 2, track: 2 };
	console.log('\nGzipped HTML per page kind (median over the kind), ours next to vanilla Starlight with the same MDX bodies:');
	console.log('| kind | pages | ours | vanilla | ratio | target |');
	console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
	for (const k of bytesByKind(paths, read)) {
		const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
		console.log(`| ${k.kind} | ${k.pages} | ${kb(k.ours)} | ${kb(k.vanilla)} | ${k.ratio.toFixed(2)}x | ${targets[k.kind] ? `<= ${targets[k.kind]}x` : ''} |`);
	}
	const skillDiagrams = paths.filter((p) => pageKind(p) === 'skill').map((p) => diagramGzipBytes(read('ours', p)!));
	const sorted = [...skillDiagrams].sort((a, b) => a - b);
	console.log(`\nA skill page's diagram adds ${(sorted[Math.floor(sorted.length / 2)]! / 1024).toFixed(1)} KB gzipped (median; largest ${(sorted.at(-1)! / 1024).toFixed(1)} KB; target <= 3.5 KB).`);
} finally {
	rmSync(vanillaDir, { recursive: true, force: true });
}
