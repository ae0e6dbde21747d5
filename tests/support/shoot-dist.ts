// Dev helper: screenshots of built pages. node tests/support/shoot-dist.ts <out-dir> <theme> <width> <path>...
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.ts';
import { distDir } from './dist.ts';
import { serve } from './serve.ts';

const [out = '/tmp/shots', theme = 'light', width = '1280', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const site = await serve(distDir);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const context = await browser.newContext({ viewport: { width: Number(width), height: Number(process.env.HEIGHT ?? 900) }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
const page = await context.newPage();
for (const path of paths) {
	await page.goto(site.url + path, { waitUntil: 'networkidle' });
	const file = `${out}/${path.replace(/\W+/g, '_') || 'home'}-${theme}-${width}.png`;
	await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
	console.log(file);
}
await browser.close();
await site.close();
