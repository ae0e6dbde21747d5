// The content check's result is kept between builds (src/check/check-cache-fs.ts): a hit must be the
// answer the check would give now, so every input the check reads is part of the key.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cachedCheck, checkCacheDir, checkKey } from '../../src/check/check-cache-fs.ts';
import { checkContent, type CheckResult } from '../../src/check/run-check.ts';
import { emptyData } from '../../src/graph/model.ts';
import { buildGraph } from '../../src/graph/build-graph.ts';
import type { Problem } from '../../src/errors/problem.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A project with a page, a data file, one code file and one installed dependency. */
function project(): string {
	const root = mkdtempSync(join(tmpdir(), 'roadmap-check-cache-'));
	dirs.push(root);
	const write = (file: string, text: string) => {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), text);
	};
	write('package.json', JSON.stringify({ dependencies: { zod: '^4' } }));
	write('node_modules/zod/package.json', JSON.stringify({ version: '4.0.0' }));
	write('src/check/rules.ts', 'export const rule = 1;\n');
	write('content/docs/index.mdx', '---\ntitle: Home\n---\n');
	write('content/data/plans.yaml', 'plans: []\n');
	return root;
}

/** A check that counts its runs and finds `problems` problems. */
function counting(problems = 0) {
	const calls = { n: 0 };
	const check = (): CheckResult => {
		calls.n++;
		const problem: Problem = { code: 'missing-field', file: 'content/docs/index.mdx', field: 'title', message: 'm', hint: 'h' };
		return { graph: buildGraph([], [], emptyData()), problems: Array.from({ length: problems }, () => problem), redirects: { pages: [], anchors: [], ids: [] } };
	};
	return { calls, check };
}

describe('the content check kept between builds', () => {
	afterEach(() => {
		delete process.env.ROADMAP_LINKS_UPDATE;
	});

	it('runs once for the same content and code, then answers from the cache', () => {
		const root = project();
		const { calls, check } = counting();
		const first = cachedCheck(root, check, join(root, 'src'));
		const second = cachedCheck(root, check, join(root, 'src'));
		expect(calls.n).toBe(1);
		expect(isDeepStrictEqual(second, first)).toBe(true);
	});

	it('runs again when a page, a data file, the code, a dependency or the environment changes', () => {
		const root = project();
		const { calls, check } = counting();
		cachedCheck(root, check, join(root, 'src'));
		const changes: (() => void)[] = [
			() => writeFileSync(join(root, 'content/docs/index.mdx'), '---\ntitle: Home page\n---\n'),
			() => writeFileSync(join(root, 'content/data/plans.yaml'), 'plans: [x]\n'),
			() => writeFileSync(join(root, 'content/docs/new.mdx'), ''),
			() => rmSync(join(root, 'content/data/plans.yaml')),
			() => writeFileSync(join(root, 'src/check/rules.ts'), 'export const rule = 2;\n'),
			() => writeFileSync(join(root, 'node_modules/zod/package.json'), JSON.stringify({ version: '4.0.1' })),
			() => (process.env.ROADMAP_LINKS_UPDATE = '1'),
		];
		for (const [i, change] of changes.entries()) {
			change();
			cachedCheck(root, check, join(root, 'src'));
			expect(calls.n, `change ${i}`).toBe(i + 2);
		}
	});

	it('follows a data file that is a link to its target', () => {
		const root = project();
		const elsewhere = join(root, 'plans-elsewhere.yaml');
		writeFileSync(elsewhere, 'plans: []\n');
		rmSync(join(root, 'content/data/plans.yaml'));
		symlinkSync(elsewhere, join(root, 'content/data/plans.yaml'));
		const before = checkKey(root);
		writeFileSync(elsewhere, 'plans: [changed]\n');
		expect(checkKey(root)).not.toBe(before);
	});

	it('never keeps a result with problems, nor answers with one', () => {
		const root = project();
		const { calls, check } = counting(1);
		cachedCheck(root, check, join(root, 'src'));
		expect(cachedCheck(root, check, join(root, 'src')).problems).toHaveLength(1);
		expect(calls.n).toBe(2);
		mkdirSync(checkCacheDir(root), { recursive: true });
		writeFileSync(join(checkCacheDir(root), `${checkKey(root)}.v8`), serialize(check()));
		expect(cachedCheck(root, counting().check).problems).toEqual([]);
	});

	it('does not keep a result whose files changed while the check ran', () => {
		const root = project();
		const { calls, check } = counting();
		const page = join(root, 'content/docs/index.mdx');
		const before = readFileSync(page, 'utf8');
		cachedCheck(root, () => {
			writeFileSync(page, '---\ntitle: Edited meanwhile\n---\n');
			return check();
		}, join(root, 'src'));
		// The result was for the edited page: it must not answer for the page as it was when the check started.
		writeFileSync(page, before);
		cachedCheck(root, check, join(root, 'src'));
		expect(calls.n).toBe(2);
	});

	it('treats a damaged entry or an unwritable folder as a miss, never as an error', () => {
		const root = project();
		const { calls, check } = counting();
		cachedCheck(root, check, join(root, 'src'));
		const [entry] = readdirSync(checkCacheDir(root));
		writeFileSync(join(checkCacheDir(root), entry!), 'not V8 data');
		expect(cachedCheck(root, check, join(root, 'src')).problems).toEqual([]);
		expect(calls.n).toBe(2);
		rmSync(checkCacheDir(root), { recursive: true });
		writeFileSync(checkCacheDir(root), 'a file where the folder should be');
		expect(cachedCheck(root, check, join(root, 'src')).problems).toEqual([]);
		expect(cachedCheck(root, check, join(root, 'src')).problems).toEqual([]);
		expect(calls.n).toBe(4);
	});

	it('keeps a few results, for switching branches, and drops older ones', () => {
		const root = project();
		const { check } = counting();
		for (let i = 0; i < 7; i++) {
			writeFileSync(join(root, 'content/docs/index.mdx'), `---\ntitle: Version ${i}\n---\n`);
			cachedCheck(root, check, join(root, 'src'));
		}
		expect(readdirSync(checkCacheDir(root)).length).toBeLessThanOrEqual(4);
	});

	it('gives back the real content graph as the check built it', () => {
		const root = mkdtempSync(join(tmpdir(), 'roadmap-check-cache-real-'));
		dirs.push(root);
		for (const part of ['content', 'src', 'package.json']) cpSync(join(process.cwd(), part), join(root, part), { recursive: true });
		const fresh = checkContent(root);
		expect(fresh.problems).toEqual([]);
		cachedCheck(root);
		let ran = false;
		const kept = cachedCheck(root, () => ((ran = true), checkContent(root)));
		expect(ran).toBe(false);
		// Same maps, same prototypes, same values; and a node reached two ways is still one object.
		expect(isDeepStrictEqual(kept, fresh)).toBe(true);
		const [href, node] = [...kept.graph.byHref].find(([, n]) => 'kind' in n && n.kind === 'skill')!;
		expect(kept.graph.entries.skill.get((node as { id: string }).id)).toBe(kept.graph.byHref.get(href));
	});
});
