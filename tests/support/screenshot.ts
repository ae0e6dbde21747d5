// Dev helper: node tests/support/screenshot.ts <base-url> <path> <out.png> [light|dark] [width]
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.ts';

const [base = 'http://localhost:4321', path = '/', out = '/tmp/shot.png', theme = 'light', width = '1280'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
await page.goto(base + path, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`wrote ${out}`);
