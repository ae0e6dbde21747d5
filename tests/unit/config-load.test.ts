// Astro first loads astro.config.mjs with Node's own import. When that throws, it loads the config again
// through a Vite dev server, and says so only in its debug log (astro/dist/core/config/vite-load.js).
// The build still succeeds, only slower: 0.4 s more at 82 skills (8.75 against 8.32 s, medians of four
// alternating builds) with one TypeScript parameter property in a module the config imports (issue 12).
// So the config and every module it imports must load with Node alone: TypeScript that Node can strip
// (tsconfig's erasableSyntaxOnly says the same to `astro check`), and no `astro:` virtual modules.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Node's error when it cannot import `configFile` by itself, or undefined when it can. */
function nativeImportError(configFile: string): string | undefined {
	const run = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(configFile).href)});`], {
		cwd: dirname(configFile),
		encoding: 'utf8',
	});
	return run.status === 0 ? undefined : run.stderr || `exit ${run.status}`;
}

describe('astro.config.mjs', () => {
	it('loads with Node alone, with every module it imports', () => {
		expect(nativeImportError(join(projectRoot, 'astro.config.mjs'))).toBeUndefined();
	}, 60_000);

	it('would not with a module Node cannot strip, so the check above can fail', () => {
		const dir = mkdtempSync(join(tmpdir(), 'roadmap-config-load-'));
		try {
			writeFileSync(join(dir, 'helper.ts'), 'export class Probe {\n\tconstructor(readonly size: number) {}\n}\n');
			writeFileSync(join(dir, 'astro.config.mjs'), "import { Probe } from './helper.ts';\nexport default { probe: new Probe(1) };\n");
			expect(nativeImportError(join(dir, 'astro.config.mjs'))).toMatch(/ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});
