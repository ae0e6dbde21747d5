// Shared set-up for browser tests: find Chromium or explain why the tests are skipped.
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.ts';

/** CI (and anyone who sets REQUIRE_BROWSER=1) must not skip browser tests silently. */
export const browserRequired = process.env.REQUIRE_BROWSER === '1' || process.env.CI === 'true';

export const chromiumPath = findChromium();

if (!chromiumPath) {
	const message = 'No Chromium or Chrome found (set CHROME_PATH, or install chromium).';
	if (browserRequired) throw new Error(`${message} Browser tests are required here (CI or REQUIRE_BROWSER=1).`);
	console.warn(`Skipping browser tests: ${message}`);
}

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** Every built page, as site paths, from dist/ (redirect pages excluded: they only forward). */
export { builtPages } from './dist.ts';
