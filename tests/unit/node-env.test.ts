// node.env: the variables every Node process that runs Astro here gets. The npm scripts read it with
// `--env-file-if-exists`, and code that starts a build passes it on (src/site/node-env-fs.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroProcessEnv, NODE_ENV_FILE } from '../../src/site/node-env-fs.ts';
import { projectRoot } from '../support/fixture-site.ts';

describe('astroProcessEnv', () => {
	const dir = mkdtempSync(join(tmpdir(), 'roadmap-node-env-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('turns transparent huge pages off for mimalloc in this project', () => {
		expect(astroProcessEnv(projectRoot)).toMatchObject({ MIMALLOC_ALLOW_THP: '0' });
	});

	it('reads variables and skips comments and blank lines, as node --env-file does', () => {
		writeFileSync(join(dir, NODE_ENV_FILE), '# why\n\nA=1\nB="two words"\n');
		expect(astroProcessEnv(dir)).toEqual({ A: '1', B: 'two words' });
	});

	it('gives nothing, and no error, when a fork has deleted the file', () => {
		rmSync(join(dir, NODE_ENV_FILE));
		expect(astroProcessEnv(dir)).toEqual({});
	});
});

describe('the npm scripts that run Astro', () => {
	const scripts = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts as Record<string, string>;

	it.each(['dev', 'start', 'build', 'typecheck', 'test', 'test:unit'])('%s starts Node with node.env, and tolerates its absence', (name) => {
		const nodeRuns = scripts[name]!.split('&&').map((s) => s.trim()).filter((s) => /astro\.mjs|vitest\.mjs/.test(s));
		expect(nodeRuns.length).toBeGreaterThan(0);
		for (const run of nodeRuns) expect(run).toMatch(/^node --env-file-if-exists=node\.env /);
	});
});

describe('the CLIs that start a build in the project', () => {
	it.each(['src/cli/links-update.ts', 'src/cli/bench.ts'])('%s starts it with node.env', (file) => {
		const source = readFileSync(join(projectRoot, file), 'utf8');
		expect(source).toMatch(/spawnSync\(process\.execPath, \['--env-file-if-exists=node\.env', 'node_modules\/astro\/bin\/astro\.mjs', 'build'\]/);
	});
});
