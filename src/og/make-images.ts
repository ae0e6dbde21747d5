// `node src/og/make-images.ts`: redraws the committed images in public/ from public/favicon.svg:
// favicon.png (192 px, for browsers without SVG favicons, drawn by Chromium) and social.png (the
// default link-preview image for pages without their own card, drawn like every card).
import { generateOpenGraphImage } from 'astro-og-canvas';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../diagram/render/find-chromium.ts';
import { cardOptions } from './style.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const svg = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
const executablePath = findChromium();
if (!executablePath) throw new Error('Drawing favicon.png needs Chromium: install it or set CHROME_PATH.');
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
	const page = await browser.newPage({ viewport: { width: 192, height: 192 } });
	await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:192px;height:192px}</style>${svg}`);
	writeFileSync(join(root, 'public/favicon.png'), await page.screenshot({ omitBackground: true }));
} finally {
	await browser.close();
}
const social = await generateOpenGraphImage({ ...cardOptions(root, { title: 'The roadmap from backend engineer to AI / ML engineer', label: 'Skills, phases, tracks and projects, each with its sources' }), cacheDir: false });
writeFileSync(join(root, 'public/social.png'), Buffer.from(await new Response(social).arrayBuffer()));
console.log('public/favicon.png and public/social.png written');
