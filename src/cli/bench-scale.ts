// `npm run bench:scale -- --skills 1000`: how the build grows. Adds N synthetic skills to a temporary copy
// of the project (never to content/), scaffolds a vanilla Starlight site with the same MDX pages, builds
// each once to warm up (ours cold: its new diagrams are rendered then, and that time is printed), then
// builds them in turn BENCH_RUNS times (default 3), the order reversed every other round, and prints wall
// time (median), CPU time, peak memory and HTML per page, with ratios.
//
// Ours is built as `npm run build` builds it, with the variables of node.env. Vanilla is built twice per
// round: as a fresh Starlight project builds (`astro build`, none of them), and with node.env too, so the
// ratio of our code's cost and the gain of the environment can be read apart. `--calibrate` adds a second,
// identical vanilla site: the ratio of two identical builds is the noise floor of the machine, the spread
// any other ratio must clear to mean something. A benchmark, not a test. ROADMAP_DIAGRAMS=off skips
// diagram rendering altogether.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { addSyntheticSkills, copyProject } from '../bench/project-copy-fs.ts';
import { measureBuild, type BuildRun } from '../bench/measure-fs.ts';
import { median, pairRatios, roundOrder } from '../bench/rounds.ts';
import { scaffoldVanilla } from '../bench/vanilla.ts';
import { checkContent } from '../check/run-check.ts';
import { astroProcessEnv, NODE_ENV_FILE } from '../site/node-env-fs.ts';

const { values } = parseArgs({ options: { skills: { type: 'string', default: '0' }, keep: { type: 'boolean', default: false }, calibrate: { type: 'boolean', default: false } } });
const root = process.cwd();
const runs = Number(process.env.BENCH_RUNS ?? 3);
const ours = copyProject(root);
addSyntheticSkills(ours, Number(values.skills));
const skills = checkContent(ours).graph.entries.skill.size;
const vanilla = scaffoldVanilla(root, ours);
const twin = values.calibrate ? scaffoldVanilla(root, ours) : undefined;
// node.env's variables, and the same names unset: a shell that exports one must not tune the shipped build.
const tuned = astroProcessEnv(root);
const shipped = Object.fromEntries(Object.keys(tuned).map((key) => [key, undefined]));
const tunedText = Object.entries(tuned).map(([k, v]) => `${k}=${v}`).join(' ') || 'nothing';
console.log(`${skills} skills; ours in ${ours}, vanilla in ${vanilla}${twin ? `, its twin in ${twin}` : ''}; ${runs} runs each, in turn; ${NODE_ENV_FILE} sets ${tunedText}`);

type Name = 'ours' | 'vanilla' | 'vanillaTuned' | 'twin';
const label: Record<Name, string> = { ours: 'ours', vanilla: 'vanilla', vanillaTuned: `vanilla + ${NODE_ENV_FILE}`, twin: 'vanilla twin' };
const builds: [Name, string, NodeJS.ProcessEnv][] = [
	['vanilla', vanilla, shipped],
	['ours', ours, tuned],
	['vanillaTuned', vanilla, tuned],
	...(twin ? [['twin', twin, shipped] as [Name, string, NodeJS.ProcessEnv]] : []),
];

// Warm-up: the first build of ours renders every new diagram (cold); later builds read the render store.
// BENCH_WARMUP=0 skips it (for a single heavy run; with diagrams on, the first run of ours is then cold).
const warmup = process.env.BENCH_WARMUP !== '0';
const cold = warmup ? measureBuild(ours, tuned) : undefined;
if (cold) console.log(`  warm-up ours (cold): ${(cold.ms / 1000).toFixed(1)} s, ${cold.peakMiB?.toFixed(0) ?? '?'} MiB; diagrams: ${cold.diagrams ?? 'not rendered'}`);
if (warmup) console.log(`  warm-up vanilla: ${(measureBuild(vanilla, shipped).ms / 1000).toFixed(1)} s`);
if (warmup && twin) console.log(`  warm-up vanilla twin: ${(measureBuild(twin, shipped).ms / 1000).toFixed(1)} s`);

const results: Record<Name, BuildRun[]> = { ours: [], vanilla: [], vanillaTuned: [], twin: [] };
for (let i = 0; i < runs; i++) {
	for (const [name, dir, env] of roundOrder(i, builds)) {
		const run = measureBuild(dir, env);
		results[name].push(run);
		console.log(`  run ${i + 1} ${label[name]}: ${(run.ms / 1000).toFixed(1)} s, ${run.cpuSeconds?.toFixed(1) ?? '?'} s CPU, ${run.peakMiB?.toFixed(0) ?? '?'} MiB, ${run.pages} pages`);
	}
}

const summary = (xs: BuildRun[]) => ({
	ms: median(xs.map((r) => r.ms)),
	peak: xs.some((r) => r.peakMiB === undefined) ? undefined : median(xs.map((r) => r.peakMiB!)),
	cpu: xs.some((r) => r.cpuSeconds === undefined) ? undefined : median(xs.map((r) => r.cpuSeconds!)),
	pages: xs[0]!.pages,
	perPage: xs[0]!.htmlBytes / xs[0]!.pages,
});
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}x` : '?');
const mib = (x: number | undefined) => (x ? `${Math.round(x).toLocaleString('en')} MiB` : '?');
const cpu = (x: { cpu: number | undefined }) => (x.cpu === undefined ? '?' : `${x.cpu.toFixed(1)} s`);
// Ours builds more pages than vanilla from the same MDX (full-size diagram pages, the A–Z index, /plan/,
// /progress/), so the wall time per built page is printed next to the whole-build ratio.
const perPageMs = (x: { ms: number; pages: number }) => x.ms / x.pages;
const o = summary(results.ours);
console.log('\n| skills | ours (pages) | against | that build (pages) | ratio (wall, median) | wall per page | CPU, user + sys (median) | peak memory | HTML per page |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const name of ['vanilla', 'vanillaTuned'] as const) {
	const v = summary(results[name]);
	console.log(`| ${skills.toLocaleString('en')} | ${(o.ms / 1000).toFixed(1)} s (${o.pages}) | ${label[name]} | ${(v.ms / 1000).toFixed(1)} s (${v.pages}) | ${ratio(o.ms, v.ms)} | ${perPageMs(o).toFixed(0)} vs ${perPageMs(v).toFixed(0)} ms (${ratio(perPageMs(o), perPageMs(v))}) | ${cpu(o)} vs ${cpu(v)} (${ratio(o.cpu, v.cpu)}) | ${mib(o.peak)} vs ${mib(v.peak)} (${ratio(o.peak, v.peak)}) | ${(o.perPage / 1024).toFixed(1)} vs ${(v.perPage / 1024).toFixed(1)} KiB (${ratio(o.perPage, v.perPage)}) |`);
}
// On a shared machine the builds of one round ran seconds apart, so their ratio is the least disturbed by
// load that comes and goes; the spread of these says how far to trust the ratios of medians above.
const wall = (name: Name) => results[name].map((r) => r.ms);
const listed = (rs: number[]) => `${rs.map((r) => `${r.toFixed(2)}x`).join(', ')} (median ${median(rs).toFixed(3)}x)`;
console.log(`\nRun by run, ours / vanilla: ${listed(pairRatios(wall('ours'), wall('vanilla')))}`);
console.log(`Run by run, ours / vanilla + ${NODE_ENV_FILE}: ${listed(pairRatios(wall('ours'), wall('vanillaTuned')))}`);
if (twin) console.log(`Noise floor, vanilla / its identical twin: ${listed(pairRatios(wall('vanilla'), wall('twin')))}`);
if (cold) console.log(`\nCold diagram rendering (first build of ours): ${cold.diagrams ?? 'not rendered (ROADMAP_DIAGRAMS=off)'}`);
if (!values.keep) for (const dir of [ours, vanilla, twin]) if (dir) rmSync(dir, { recursive: true, force: true });
