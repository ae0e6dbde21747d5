import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Install paths tried after CHROME_PATH, before the PATH: Linux, macOS, Windows. */
const installPaths = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
	'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags for a headless Chromium that never phones home (CI machines have no network). */
export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The one-line fix printed wherever a diagram cannot render for want of a browser. */
export const chromiumFix = 'install Chromium or Google Chrome, or set CHROME_PATH to its executable, then rebuild or reload';

/**
 * Finds a Chromium or Chrome: CHROME_PATH, the usual install paths, then chromium or google-chrome on
 * the PATH. A CHROME_PATH that points nowhere is an answer too (none found), not a reason to guess.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
	if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
	for (const path of installPaths) if (existsSync(path)) return path;
	const which = process.platform === 'win32' ? 'where' : 'which';
	for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
		try {
			const found = execFileSync(which, [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0]?.trim();
			if (found) return found;
		} catch {
			// not on the PATH
		}
	}
	return undefined;
}
