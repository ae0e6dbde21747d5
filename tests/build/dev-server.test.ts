// The README's promise: after `npm install`, `npm run dev` serves the site. Starts the real dev server
// on a free port and reads a few pages as a reader's browser would, with the server log checked too:
// dev renders components differently (it adds data-astro-source-* attributes), so a fix that holds in
// the build can still break here.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/fixture-site.ts';

const freePort = () =>
	new Promise<number>((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});

describe('npm run dev', () => {
	let dev: ChildProcess;
	let base = '';
	let log = '';

	beforeAll(async () => {
		const port = await freePort();
		dev = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
			cwd: projectRoot,
			// A clean environment: Vitest's own variables (VITEST, NODE_ENV=test ...) change how Vite serves.
			env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST')), NO_COLOR: '1' },
		});
		const append = (chunk: Buffer) => (log += String(chunk).replace(/\x1b\[[0-9;]*m/g, ''));
		dev.stdout!.on('data', append);
		dev.stderr!.on('data', append);
		const started = Date.now();
		while (!/Local\s+http/.test(log)) {
			if (Date.now() - started > 120_000 || dev.exitCode !== null) throw new Error(`astro dev did not start:\n${log}`);
			await new Promise((r) => setTimeout(r, 200));
		}
		base = `http://127.0.0.1:${port}`;
		// "ready" can come before the content layer has synced; until then every route is a 404.
		while ((await fetch(base + '/').catch(() => undefined))?.status !== 200) {
			if (Date.now() - started > 120_000) throw new Error(`astro dev never served /:\n${log}`);
			await new Promise((r) => setTimeout(r, 500));
		}
	});
	afterAll(() => {
		dev?.kill();
	});

	const get = async (path: string) => {
		const response = await fetch(base + path);
		return { status: response.status, html: await response.text() };
	};

	it('serves the home page, a skill with its diagram, and the tables, without a server error', async () => {
		const home = await get('/');
		expect(home.status).toBe(200);
		expect(home.html).toContain('From backend engineer to AI/ML engineer');

		const skill = await get('/skills/eval-design/');
		expect(skill.status).toBe(200);
		// The diagram figure holds a rendered mermaid SVG with the skill's own node in it; a bare '<svg' would
		// be satisfied by Starlight's icons on every page.
		const figureStart = skill.html.search(/<figure class="roadmap-diagram"[^>]*data-diagram="skill-eval-design"/);
		expect(figureStart).toBeGreaterThan(0);
		const figure = skill.html.slice(figureStart, skill.html.indexOf('</figure>', figureStart));
		expect(figure).toMatch(/<svg [^>]*class="[^"]*\brm-mmd\b/);
		expect(figure).toMatch(/<g [^>]*class="[^"]*\bnode\b/);
		expect(figure).toContain('Eval design');
		// The search override (src/components/Search.astro) rewrites Starlight's markup; it must still render.
		expect(skill.html).toMatch(/<button data-open-modal[^>]*aria-label="Search"/);
		expect(skill.html).toContain('data-key="Ctrl"');

		const tables = await get('/guides/transfer-tables/');
		expect(tables.status).toBe(200);
		expect(tables.html).toContain('data-table="transfers"');

		expect(log).not.toMatch(/\[ERROR\]/);
	});
});
