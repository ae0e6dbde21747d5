import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Flags for a headless Chromium that never phones home (the CI machine has no network). */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

const candidates = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
	'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Finds a Chromium or Chrome: CHROME_PATH, the usual install paths, then the PATH. */
export function findChromium(): string | undefined {
	if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
	for (const path of candidates) if (existsSync(path)) return path;
	for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
		try {
			const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
			if (found) return found;
		} catch {
			// not on PATH
		}
	}
	return undefined;
}
