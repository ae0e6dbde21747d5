// `npm run bench:scale -- --skills 1000`: how the build grows. Adds N synthetic skills to a temporary copy
// of the project (never to content/), scaffolds a vanilla Starlight site with the same MDX pages, builds
// each once to warm up (ours cold: its new diagrams are rendered then, and that time is printed), then
// the two in turn BENCH_RUNS times (default 3), the order reversed every other round, and prints wall time
// (median), CPU time, peak memory and HTML per page, with ratios. `--calibrate` adds a second copy of the
// vanilla site to the rounds: the ratio of two identical builds is the noise floor of this machine, the
// spread any other ratio must clear to mean something. A benchmark, not a test. ROADMAP_DIAGRAMS=off
// skips diagram rendering altogether.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { addSyntheticSkills, copyProject } from '../bench/project-copy-fs.ts';
import { measureBuild, type BuildRun } from '../bench/measure-fs.ts';
import { median, pairRatios, roundOrder } from '../bench/rounds.ts';
import { scaffoldVanilla } from '../bench/vanilla.ts';
import { checkContent } from '../check/run-check.ts';

const { values } = parseArgs({ options: { skills: { type: 'string', default: '0' }, keep: { type: 'boolean', default: false }, calibrate: { type: 'boolean', default: false } } });
const root = process.cwd();
const runs = Number(process.env.BENCH_RUNS ?? 3);
const ours = copyProject(root);
addSyntheticSkills(ours, Number(values.skills));
const skills = checkContent(ours).graph.entries.skill.size;
const vanilla = scaffoldVanilla(root, ours);
const twin = values.calibrate ? scaffoldVanilla(root, ours) : undefined;
console.log(`${skills} skills; ours in ${ours}, vanilla in ${vanilla}${twin ? `, its twin in ${twin}` : ''}; ${runs} runs each, in turn`);

// Warm-up: the first build of ours renders every new diagram (cold); later builds read the render store.
// BENCH_WARMUP=0 skips it (for a single heavy run; with diagrams on, the first run of ours is then cold).
const warmup = process.env.BENCH_WARMUP !== '0';
const cold = warmup ? measureBuild(ours) : undefined;
if (cold) console.log(`  warm-up ours (cold): ${(cold.ms / 1000).toFixed(1)} s, ${cold.peakMiB?.toFixed(0) ?? '?'} MiB; diagrams: ${cold.diagrams ?? 'not rendered'}`);
if (warmup) console.log(`  warm-up vanilla: ${(measureBuild(vanilla).ms / 1000).toFixed(1)} s`);
if (warmup && twin) console.log(`  warm-up vanilla twin: ${(measureBuild(twin).ms / 1000).toFixed(1)} s`);

type Name = 'ours' | 'vanilla' | 'twin';
const builds: [Name, string][] = [['vanilla', vanilla], ['ours', ours], ...(twin ? [['twin', twin] as [Name, string]] : [])];
const results: Record<Name, BuildRun[]> = { ours: [], vanilla: [], twin: [] };
for (let i = 0; i < runs; i++) {
	for (const [name, dir] of roundOrder(i, builds)) {
		const run = measureBuild(dir);
		results[name].push(run);
		console.log(`  run ${i + 1} ${name}: ${(run.ms / 1000).toFixed(1)} s, ${run.peakMiB?.toFixed(0) ?? '?'} MiB, ${run.pages} pages`);
	}
}

const summary = (xs: BuildRun[]) => ({
	ms: median(xs.map((r) => r.ms)),
	peak: xs.some((r) => r.peakMiB === undefined) ? undefined : median(xs.map((r) => r.peakMiB!)),
	cpu: xs.some((r) => r.cpuSeconds === undefined) ? undefined : median(xs.map((r) => r.cpuSeconds!)),
	pages: xs[0]!.pages,
	perPage: xs[0]!.htmlBytes / xs[0]!.pages,
});
const [o, v] = [summary(results.ours), summary(results.vanilla)];
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}x` : '?');
const mib = (x: number | undefined) => (x ? `${Math.round(x).toLocaleString('en')} MiB` : '?');
// Ours builds more pages than vanilla from the same MDX (full-size diagram pages, the A–Z index, /plan/,
// /progress/), so the wall time per built page is printed next to the whole-build ratio.
const perPageMs = (x: typeof o) => x.ms / x.pages;
const cpu = (x: typeof o) => (x.cpu === undefined ? '?' : `${x.cpu.toFixed(1)} s`);
console.log('\n| skills | ours (pages) | vanilla (pages) | ratio (wall, median) | wall per page | CPU, user + sys (median) | peak memory | HTML per page |');
console.log('|---|---|---|---|---|---|---|---|');
console.log(`| ${skills.toLocaleString('en')} | ${(o.ms / 1000).toFixed(1)} s (${o.pages}) | ${(v.ms / 1000).toFixed(1)} s (${v.pages}) | ${ratio(o.ms, v.ms)} | ${perPageMs(o).toFixed(0)} vs ${perPageMs(v).toFixed(0)} ms (${ratio(perPageMs(o), perPageMs(v))}) | ${cpu(o)} vs ${cpu(v)} (${ratio(o.cpu, v.cpu)}) | ${mib(o.peak)} vs ${mib(v.peak)} (${ratio(o.peak, v.peak)}) | ${(o.perPage / 1024).toFixed(1)} vs ${(v.perPage / 1024).toFixed(1)} KiB (${ratio(o.perPage, v.perPage)}) |`);
// On a shared machine the two builds of one pair ran seconds apart, so their ratio is the least disturbed
// by load that comes and goes; the spread of these says how far to trust the ratio of medians above.
const wall = (name: Name) => results[name].map((r) => r.ms);
const listed = (rs: number[]) => `${rs.map((r) => `${r.toFixed(2)}x`).join(', ')} (median ${median(rs).toFixed(3)}x)`;
console.log(`\nRun by run (ours / vanilla, each pair built in turn): ${listed(pairRatios(wall('ours'), wall('vanilla')))}`);
if (twin) console.log(`Noise floor (vanilla / its identical twin, same rounds): ${listed(pairRatios(wall('vanilla'), wall('twin')))}`);
if (cold) console.log(`\nCold diagram rendering (first build of ours): ${cold.diagrams ?? 'not rendered (ROADMAP_DIAGRAMS=off)'}`);
if (!values.keep) for (const dir of [ours, vanilla, twin]) if (dir) rmSync(dir, { recursive: true, force: true });
