import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { linkNodeModules } from './node-modules-fs.ts';
import { syntheticContent } from './synthetic.ts';

/** Top-level folders not copied: dependencies (linked instead), build output and caches, scratch files. */
const skipped = new Set(['node_modules', 'dist', 'dist-fork', '.astro', '.git', '.scratch']);

/** A copy of the project in a new temporary folder (node_modules linked, see linkNodeModules; the diagram cache copied). */
export function copyProject(project: string): string {
	const root = resolve(project);
	const dir = mkdtempSync(join(tmpdir(), 'roadmap-scale-'));
	cpSync(root, dir, { recursive: true, filter: (src) => src === root || ((!skipped.has(basename(src)) || dirname(src) !== root) && basename(src) !== '.tmp') });
	linkNodeModules(root, dir);
	return dir;
}

/** Adds `count` synthetic skills (src/bench/synthetic.ts) to the project at `dir`. Never run it on the real project. */
export function addSyntheticSkills(dir: string, count: number): void {
	const skillsDir = join(dir, 'content', 'docs', 'skills');
	const skills = readdirSync(skillsDir).filter((f) => f.endsWith('.mdx') && f !== 'index.mdx').sort().map((f) => readFileSync(join(skillsDir, f), 'utf8'));
	const { files, plansYaml } = syntheticContent({ skills, count, role: 'applied-ai-engineer', source: 'sharma-2026' });
	for (const file of files) {
		mkdirSync(dirname(join(dir, file.path)), { recursive: true });
		writeFileSync(join(dir, file.path), file.text);
	}
	appendFileSync(join(dir, 'content', 'data', 'plans.yaml'), plansYaml);
}
