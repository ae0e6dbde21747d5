// `npm run diagrams`: renders every diagram the content needs into the committed render store
// (diagrams/) with Chromium, prunes entries no diagram uses, and prints counts.
// `npm run diagrams -- --verify`: renders everything again from scratch in a temporary store and fails
// if the result differs from what is committed (CI runs it), or if the store holds unused entries.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent } from '../check/run-check.ts';
import { prerenderDiagrams } from '../diagram/render/prerender-fs.ts';
import { storeCoverage } from '../diagram/render/store-check.ts';
import { renderStore, STORE_DIR } from '../diagram/render/store-fs.ts';
import { formatReport } from '../errors/format.ts';

const args = process.argv.slice(2);
const verify = args.includes('--verify');
const root = resolve(args.find((a) => !a.startsWith('--')) ?? process.cwd());

const { graph, problems } = checkContent(root);
if (problems.length > 0) {
	console.error(`Content check failed; fix these before rendering diagrams.\n\n${formatReport(problems)}`);
	process.exit(1);
}

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

async function fill() {
	const before = storeCoverage(root, graph);
	for (const bad of before.bad) console.warn(`diagrams: ${bad.file} did not parse (${bad.reason}); rendering it again`);
	const stats = await prerenderDiagrams(root, graph);
	const pruned = renderStore(root).prune(stats.keys);
	console.log(
		`diagrams: ${stats.diagrams} diagrams, ${stats.renders} renders needed: ${stats.cached} already in ${STORE_DIR}/, ${stats.rendered} rendered, ` +
			`${stats.calibrations} calibration renders, ${pruned} unused files pruned, in ${(stats.ms / 1000).toFixed(1)} s`,
	);
	if (stats.rendered > 0 || pruned > 0) console.log(`Commit ${STORE_DIR}/ with the content change.`);
}

async function check() {
	// A scratch project that shares the content but starts from an empty store (the palette is kept:
	// it maps colours, it is not a render). Everything the site needs is rendered again from scratch.
	const scratch = mkdtempSync(join(tmpdir(), 'roadmap-diagrams-'));
	try {
		symlinkSync(join(root, 'content'), join(scratch, 'content'), 'dir');
		mkdirSync(join(scratch, STORE_DIR));
		const palette = join(root, STORE_DIR, 'palette.json');
		if (existsSync(palette)) copyFileSync(palette, join(scratch, STORE_DIR, 'palette.json'));
		const stats = await prerenderDiagrams(scratch, graph);
		const differ: string[] = [];
		for (const sub of ['renders', 'styles']) {
			const fresh = files(join(scratch, STORE_DIR, sub));
			const committed = new Set(files(join(root, STORE_DIR, sub)));
			for (const name of fresh) {
				const path = `${STORE_DIR}/${sub}/${name}`;
				if (!committed.has(name)) differ.push(`${path}: missing from the committed store`);
				else if (readFileSync(join(root, path), 'utf8') !== readFileSync(join(scratch, path), 'utf8')) differ.push(`${path}: committed render differs from a fresh one`);
				committed.delete(name);
			}
			for (const name of committed) differ.push(`${STORE_DIR}/${sub}/${name}: committed but no diagram uses it (prune it)`);
		}
		for (const name of ['palette.json', 'mermaid.css']) {
			const a = join(root, STORE_DIR, name);
			const b = join(scratch, STORE_DIR, name);
			if (!existsSync(a) || readFileSync(a, 'utf8') !== readFileSync(b, 'utf8')) differ.push(`${STORE_DIR}/${name}: differs from a fresh render`);
		}
		if (differ.length > 0) {
			console.error(`diagrams --verify: the committed store (${STORE_DIR}/) is not what the content renders to:\n${differ.map((d) => `  - ${d}`).join('\n')}\n  fix: run \`npm run diagrams\` and commit ${STORE_DIR}/.`);
			process.exit(1);
		}
		console.log(`diagrams --verify: ${stats.renders} renders rendered again from scratch; identical to the committed store.`);
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

try {
	await (verify ? check() : fill());
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
