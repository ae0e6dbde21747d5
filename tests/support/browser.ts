// Shared set-up for browser tests: find Chromium or explain why the tests are skipped.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumArgs, findChromium } from './chromium.ts';
import { distDir } from './dist.ts';
import { toolsRequired } from './env.ts';
import { serve, type Served } from './serve.ts';

/** CI (and anyone who sets REQUIRE_BROWSER, any truthy spelling) must not skip browser tests silently. */
export const browserRequired = toolsRequired();

export const chromiumPath = findChromium();

if (!chromiumPath) {
	const message = 'No Chromium or Chrome found (set CHROME_PATH, or install chromium).';
	if (browserRequired) throw new Error(`${message} Browser tests are required here (CI or REQUIRE_BROWSER is set).`);
	console.warn(`Skipping browser tests: ${message}`);
}

/** The axe rule tags for WCAG 2.2 level AA, every earlier version included. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** Every built page, as site paths, from dist/ (redirect pages excluded: they only forward). */
export { builtPages } from './dist.ts';

/**
 * Inside a describe block: starts Chromium and serves dist/ before its tests, and stops both after.
 * Read `browser` and `site` from the returned object inside the tests.
 */
export function useBuiltSite(): { readonly browser: Browser; readonly site: Served } {
	const state = {} as { browser: Browser; site: Served };
	beforeAll(async () => {
		[state.browser, state.site] = await Promise.all([launch(), serve(distDir)]);
	});
	afterAll(async () => {
		await state.browser?.close();
		await state.site?.close();
	});
	return state;
}
