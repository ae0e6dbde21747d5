// The check never throws, whatever the files hold: a deterministic fuzz over real content files.
// Each case takes a real file from content/, truncates it or flips bytes in it (seeded PRNG, so a
// failure reproduces), drops it into a small valid site and runs the whole check.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/run-check.ts';
import { problemCodes } from '../../src/errors/catalogue.ts';
import { projectRoot } from '../support/fixture-site.ts';

/** mulberry32: a tiny seeded PRNG, so every run tries the same cases. */
function prng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// Real files of every kind the check reads, placed at the same path inside the fixture site.
const files = [
	'content/docs/skills/eval-design.mdx',
	'content/docs/skills/fastapi-services.mdx',
	'content/docs/phases/days-31-60-rag-and-evals.mdx',
	'content/docs/tracks/backend-api-for-ai.mdx',
	'content/docs/roles/ai-platform-engineer.mdx',
	'content/docs/notes/self-taught-path.mdx',
	'content/docs/index.mdx',
	'content/data/sources.yaml',
	'content/data/plans.yaml',
	'content/data/transfers.yaml',
	'content/data/timeline.yaml',
	'content/data/redirects.yaml',
	'content/data/links.lock.json',
];

// Bytes that tend to break parsers: YAML indicators, tabs, CR, NUL, a BOM, high bytes that are not UTF-8.
const nasty = [0x09, 0x0d, 0x00, 0x3a, 0x26, 0x2a, 0x21, 0x7c, 0x3e, 0x3c, 0x7b, 0x5b, 0x22, 0x27, 0x23, 0x2d, 0xef, 0xbb, 0xbf, 0xff, 0xc3];

// Constructs a forker could paste by accident or on purpose: anchors and aliases (and a small alias bomb),
// merge keys, tags, complex keys, duplicate keys, several documents, deep nesting, a BOM, markup.
const bomb = (depth: number) => {
	let text = '\nx0: &x0 [1,1,1,1,1,1,1,1,1]';
	for (let i = 1; i <= depth; i++) text += `\nx${i}: &x${i} [${Array(9).fill(`*x${i - 1}`).join(',')}]`;
	return `${text}\n`;
};
const snippets = [
	bomb(6), bomb(3), '\na: &a { b: 1 }\nc: *a\n', '\n<<: *missing\n', '\n<<: { kind: skill }\n', '\nid: !!binary aGVsbG8=\n',
	'\nid: !!js/function "() => 1"\n', '\n? [a, b]\n: c\n', '\n{ id: a, id: b }\n', '\n---\nid: other\n---\n', '\n...\n',
	`\nid: ${'['.repeat(3000)}${']'.repeat(3000)}\n`, `\ntitle: ${'{a: '.repeat(500)}1${'}'.repeat(500)}\n`, '\uFEFF', '\ntitle: "</title><script>alert(1)</script>"\n',
	'\n[x](javascript:alert(1))\n', `\n${'#'.repeat(7)} deep\n`, '\n<Aside>\n## Sources\n</Aside>\n', '\n{1 +\n', '\nexport const a = ;\n', '\u0000\u0001',
	'\n"pages": { "/x/": null }\n', '{"pages": []}', '\n  - { from: javascript:alert(1), to: /x/ }\n', '\nids: [{ from: A, to: b }]\n',
];

function mutate(bytes: Buffer, random: () => number): Buffer {
	const pick = Math.floor(random() * 4);
	if (pick === 0 || bytes.length === 0) return bytes.subarray(0, Math.floor(random() * bytes.length)); // truncation
	if (pick === 3) {
		// Splice a hostile construct in at the start of a random line (mostly), or anywhere.
		const starts = [0, ...[...bytes.keys()].filter((i) => bytes[i - 1] === 0x0a)];
		const at = random() < 0.8 ? starts[Math.floor(random() * starts.length)]! : Math.floor(random() * bytes.length);
		return Buffer.concat([bytes.subarray(0, at), Buffer.from(snippets[Math.floor(random() * snippets.length)]!), bytes.subarray(at)]);
	}
	const copy = Buffer.from(bytes);
	const flips = 1 + Math.floor(random() * 8);
	for (let i = 0; i < flips; i++) {
		const at = Math.floor(random() * copy.length);
		copy[at] = pick === 1 ? Math.floor(random() * 256) : nasty[Math.floor(random() * nasty.length)]!;
	}
	return copy;
}

const CASES = 300;
const root = mkdtempSync(join(tmpdir(), 'roadmap-fuzz-'));
cpSync(join(projectRoot, 'tests/build/fixtures/base'), root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the check under random corruption of real content', () => {
	it(`never throws and always returns a report, over ${CASES} seeded cases`, () => {
		const random = prng(13);
		const codes = new Set(Object.keys(problemCodes));
		let withProblems = 0;
		let bombs = 0;
		for (let n = 0; n < CASES; n++) {
			const file = files[n % files.length]!;
			const original = readFileSync(join(projectRoot, file));
			const target = join(root, file);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, mutate(original, random));
			let result: ReturnType<typeof checkContent> | undefined;
			expect(() => (result = checkContent(root)), `case ${n}: ${file}`).not.toThrow();
			expect(Array.isArray(result?.problems), `case ${n}`).toBe(true);
			for (const p of result!.problems) {
				expect(codes.has(p.code), `case ${n}: unknown code ${p.code}`).toBe(true);
				// The catch-all of checkContent means a rule threw: a bug to fix, not a report.
				expect(p.code, `case ${n}: ${p.message}`).not.toBe('check-stopped');
				expect(typeof p.file === 'string' && p.file.length > 0 && p.message.length > 0 && p.hint.length > 0, `case ${n}: ${JSON.stringify(p)}`).toBe(true);
			}
			if (result!.problems.length > 0) withProblems++;
			if (result!.problems.some((p) => p.message.includes('expands its aliases'))) bombs++;
			// Put the fixture back as it was: the base's own file, or nothing.
			const base = join(projectRoot, 'tests/build/fixtures/base', file);
			if (existsSync(base)) cpSync(base, target);
			else rmSync(target, { force: true });
		}
		// The mutations are real: most cases must produce problems (a pass-through fuzz would find none).
		expect(withProblems).toBeGreaterThan(CASES / 2);
		// ... and some of them are alias bombs that reach the YAML loader, the crash this test guards against.
		expect(bombs).toBeGreaterThan(0);
	}, 300_000);

	it('survives an alias bomb in page frontmatter, not only in data files', () => {
		let bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
		let prev = 'a';
		for (const name of 'bcdefghi') {
			bomb += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
			prev = name;
		}
		writeFileSync(join(root, 'content/docs/notes/bomb.mdx'), `---\n${bomb}---\nBody.\n`);
		const { problems } = checkContent(root);
		rmSync(join(root, 'content/docs/notes/bomb.mdx'));
		expect(problems).toEqual([expect.objectContaining({ code: 'yaml-syntax', file: 'content/docs/notes/bomb.mdx', message: 'the YAML expands its aliases (*name) into too large a document' })]);
	});
});
