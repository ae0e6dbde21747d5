// The Content-Security-Policy in a real browser: every page in both themes, and one page of each kind
// looked at more closely, loads with no violation (every script and style it needs is allowed); the
// interactive parts still work under it (theme, progress, plan, search with Pagefind's WebAssembly); and
// a script injected where the title is does not run. Violations are collected from `securitypolicyviolation` events (registered by an init
// script, which the policy does not govern) and from console messages naming the policy.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, chromiumPath, useBuiltSite } from '../support/browser.ts';

const planQuery = '?track=applied-ai-track&hours=6&start=2027-01-11';
const pages = [
	'/',
	'/skills/eval-design/',
	'/phases/days-31-60-rag-and-evals/',
	'/tracks/applied-ai-engineer/',
	'/roles/ml-engineer/',
	'/notes/rag-pipeline-anatomy/',
	'/projects/rag-over-team-docs/',
	`/plan/${planQuery}`,
	'/phases/',
	'/guides/transfer-tables/',
	'/contributing/errors/',
];

declare global {
	interface Window {
		cspViolations?: string[];
		injected?: boolean;
	}
}

describe.skipIf(!chromiumPath)('Content-Security-Policy in the browser', () => {
	const built = useBuiltSite();

	/** Opens a page in a fresh context and returns it with the list its violations are written to. */
	const open = async (path: string, theme: 'light' | 'dark' = 'light') => {
		const context = await built.browser.newContext({ colorScheme: theme });
		await context.addInitScript((t) => {
			localStorage.setItem('starlight-theme', t);
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation', (e) => {
				window.cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
			});
		}, theme);
		const page = await context.newPage();
		const console: string[] = [];
		page.on('console', (message) => {
			if (/content security policy/i.test(message.text())) console.push(message.text());
		});
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(built.site.url + path, { waitUntil: 'load' });
		const violations = async () => [...(await page.evaluate(() => window.cspViolations ?? [])), ...console, ...errors.map((e) => `page error: ${e}`)];
		return { page, violations };
	};

	const policyOf = (page: Page) => page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

	it.each(pages.flatMap((p) => [[p, 'light'], [p, 'dark']] as const))('%s (%s theme) loads with no violation', async (path, theme) => {
		const { page, violations } = await open(path, theme);
		expect(await policyOf(page)).toContain("script-src 'self'");
		// The theme script is inline and allowed by hash: it ran if the stored theme is applied.
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
		// The progress island (a bundled module) ran if it revealed the tick box it starts hidden.
		if (path.startsWith('/skills/')) await expect.poll(() => page.locator('[data-progress]').first().isVisible()).toBe(true);
		await page.waitForTimeout(300);
		expect(await violations()).toEqual([]);
		await page.context().close();
	});

	it.each(['light', 'dark'] as const)('every built page loads with no violation (%s theme)', async (theme) => {
		const context = await built.browser.newContext({ colorScheme: theme });
		await context.addInitScript((t) => {
			localStorage.setItem('starlight-theme', t);
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation', (e) => window.cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
		}, theme);
		const queue = builtPages();
		const total = queue.length;
		expect(total).toBeGreaterThan(100);
		const found: string[] = [];
		let visited = 0;
		await Promise.all(
			[0, 1].map(async () => {
				const page = await context.newPage();
				page.on('console', (m) => {
					if (/content security policy/i.test(m.text())) found.push(`${page.url()}: ${m.text().slice(0, 200)}`);
				});
				for (let path = queue.shift(); path; path = queue.shift()) {
					await page.goto(built.site.url + path, { waitUntil: 'load' });
					visited++;
					for (const v of await page.evaluate(() => window.cspViolations ?? [])) found.push(`${path}: ${v}`);
				}
				await page.close();
			}),
		);
		expect(visited).toBe(total);
		expect(found).toEqual([]);
		await context.close();
	});

	it('runs the plan island under the policy', async () => {
		const { page, violations } = await open(`/plan/${planQuery}`);
		await expect.poll(() => page.locator('[data-plan-summary]').textContent()).toMatch(/hours over \d+ weeks/);
		expect(await violations()).toEqual([]);
		await page.context().close();
	});

	// Pagefind searches in a Web Worker (a worker is not governed by the page's <meta> policy) and falls
	// back to compiling its WebAssembly on the page when workers are unavailable: that path needs
	// 'wasm-unsafe-eval', and the second case proves the policy allows it.
	it.each([
		['in its Web Worker', false],
		['on the page, without Web Workers', true],
	] as const)('opens search and finds results with Pagefind %s', async (_, noWorker) => {
		const { page, violations } = await open('/skills/eval-design/');
		if (noWorker) await page.evaluate(() => Reflect.deleteProperty(window, 'Worker'));
		await page.locator('button[data-open-modal]').click();
		await page.locator('dialog[open] input.pagefind-ui__search-input').fill('retrieval');
		await expect.poll(() => page.locator('dialog[open] .pagefind-ui__result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
		expect(await violations()).toEqual([]);
		await page.context().close();
	});

	it('blocks a script that content smuggles into the <title>', async () => {
		const context = await built.browser.newContext();
		await context.addInitScript(() => {
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation', (e) => window.cspViolations!.push(e.violatedDirective));
		});
		const page = await context.newPage();
		// The page as Starlight would build it from a title of `</title><script>window.injected = true</script>`.
		await page.route('**/skills/eval-design/', async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace('<title>', '<title></title><script>window.injected = true</script><title>');
			await route.fulfill({ response, body: html });
		});
		await page.goto(built.site.url + '/skills/eval-design/');
		expect(await page.evaluate(() => window.injected)).toBeUndefined();
		expect(await page.evaluate(() => window.cspViolations)).toContain('script-src-elem');
		await context.close();
	});
});
