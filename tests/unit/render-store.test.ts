// The committed render store (diagrams/) must hold every render the content needs, so a fresh clone
// builds without a browser. The needed keys are computed exactly as the build computes them.
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { prerenderDiagrams } from '../../src/diagram/render/prerender-fs.ts';
import { storeCoverage } from '../../src/diagram/render/store-check.ts';
import { projectRoot } from '../support/fixture-site.ts';

const { graph } = checkContent(projectRoot);
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the project's content and store, to damage without touching the real one. */
function copyStore(): string {
	const root = mkdtempSync(join(tmpdir(), 'roadmap-store-'));
	scratch.push(root);
	symlinkSync(join(projectRoot, 'content'), join(root, 'content'), 'dir');
	cpSync(join(projectRoot, 'diagrams'), join(root, 'diagrams'), { recursive: true });
	return root;
}

const noBrowser = { CHROME_PATH: '/nonexistent/chromium' };

describe('committed render store', () => {
	it('has a render for every diagram the content needs, each parses, and every colour has a dark value', () => {
		const coverage = storeCoverage(projectRoot, graph);
		expect(coverage.needed.length).toBeGreaterThan(50);
		// On failure: run `npm run diagrams` on a machine with Chromium and commit diagrams/.
		expect(coverage.missing.map((m) => m.origin)).toEqual([]);
		expect(coverage.bad).toEqual([]);
		expect(coverage.darkless).toEqual([]);
	});

	it('notices a render that is missing, naming the diagram that needs it', () => {
		const root = copyStore();
		const [first] = readdirSync(join(root, 'diagrams/renders'));
		rmSync(join(root, 'diagrams/renders', first!));
		const coverage = storeCoverage(root, graph);
		expect(coverage.missing).toHaveLength(1);
		expect(coverage.missing[0]!.file).toBe(`diagrams/renders/${first}`);
		expect(coverage.missing[0]!.origin).toMatch(/generated diagram "|\.mdx:\d+/);
	});

	it('reports an entry that does not parse with its file, and without a browser the build names it and the fix', async () => {
		const root = copyStore();
		const [first] = readdirSync(join(root, 'diagrams/renders'));
		writeFileSync(join(root, 'diagrams/renders', first!), '{"svg": "<svg');
		const coverage = storeCoverage(root, graph);
		expect(coverage.bad.map((b) => b.file)).toEqual([`diagrams/renders/${first}`]);
		expect(coverage.missing).toEqual([]);
		await expect(prerenderDiagrams(root, graph, noBrowser)).rejects.toThrow(new RegExp(`diagrams/renders/${first!.replace('.', '\\.')} does not parse[\\s\\S]*npm run diagrams`));
	});

	it('builds from the store alone when nothing changed (no browser needed)', async () => {
		const root = copyStore();
		const stats = await prerenderDiagrams(root, graph, noBrowser);
		expect({ rendered: stats.rendered, cached: stats.cached }).toEqual({ rendered: 0, cached: stats.renders });
	});
});
