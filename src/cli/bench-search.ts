// `npm run bench:search`: the JavaScript each page kind costs before any interaction (issue 12: search
// must cost nothing until it is used), ours against vanilla Starlight with the same pages. Builds our
// site into a temporary copy and a vanilla site next to it (or reuses ./dist with --reuse-dist), serves
// both, and loads one page per kind in Chromium without touching it.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { jsBeforeUse } from '../bench/js-before-use.ts';
import { measureBuild } from '../bench/measure-fs.ts';
import { copyProject } from '../bench/project-copy-fs.ts';
import { serve } from '../bench/serve-fs.ts';
import { scaffoldVanilla } from '../bench/vanilla.ts';
import { chromiumArgs, chromiumFix, findChromium } from '../diagram/render/find-chromium.ts';
import { astroProcessEnv } from '../site/node-env-fs.ts';

const { values } = parseArgs({ options: { 'reuse-dist': { type: 'boolean', default: false } } });
const root = process.cwd();
const executablePath = findChromium();
if (!executablePath) throw new Error(`bench:search needs Chromium: ${chromiumFix}`);

const kinds: [kind: string, path: string][] = [
	['home', '/'],
	['skill', '/skills/rag-fundamentals/'],
	['phase', '/phases/days-31-60-rag-and-evals/'],
	['track', '/tracks/applied-ai-engineer/'],
	['role', '/roles/ai-backend-api-engineer/'],
	['note', '/notes/ai-engineer-career-paths/'],
	['project', '/projects/codebase-search/'],
	['guide', '/guides/how-to-use/'],
	['plain page', '/contributing/'],
];

const ours = values['reuse-dist'] ? root : copyProject(root);
const vanilla = scaffoldVanilla(root);
try {
	if (!values['reuse-dist']) measureBuild(ours, astroProcessEnv(root));
	measureBuild(vanilla);
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	const [a, b] = await Promise.all([serve(join(ours, 'dist')), serve(join(vanilla, 'dist'))]);
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
	console.log('| page kind | ours: JS before use (fetched + inline) | vanilla Starlight | ratio |');
	console.log('|---|---|---|---|');
	for (const [kind, path] of kinds) {
		const [o, v] = [await jsBeforeUse(browser, a.url + path), await jsBeforeUse(browser, b.url + path)];
		const [ot, vt] = [o.fetchedBytes + o.inlineBytes, v.fetchedBytes + v.inlineBytes];
		console.log(`| ${kind} (${path}) | ${kb(ot)} (${kb(o.fetchedBytes)} + ${kb(o.inlineBytes)}) | ${kb(vt)} (${kb(v.fetchedBytes)} + ${kb(v.inlineBytes)}) | ${(ot / vt).toFixed(2)}x |`);
		if (process.env.BENCH_VERBOSE) console.log(`    ours: ${o.files.join(', ')}\n    vanilla: ${v.files.join(', ')}`);
	}
	await Promise.all([a.close(), b.close(), browser.close()]);
} finally {
	if (!values['reuse-dist']) rmSync(ours, { recursive: true, force: true });
	rmSync(vanilla, { recursive: true, force: true });
}
