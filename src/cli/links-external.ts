// `npm run links:external`: checks every external URL in content/ with linkinator. Needs a network;
// offline it says so in one line and exits 2 instead of reporting every link as dead.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LinkChecker, LinkState } from 'linkinator';
import { readPages } from '../check/read-fs.ts';
import { checkExternalUrls, type UrlResult } from '../links/external-check.ts';
import { externalUrls, type ContentText } from '../links/external-urls.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

// 1. Collect every external URL: page frontmatter and bodies, and the YAML data files.
const dataDir = join(root, 'content', 'data');
const texts: ContentText[] = [
	...readPages(root).map((p) => ({ file: p.file, yaml: p.frontmatter, prose: p.body })),
	...readdirSync(dataDir)
		.filter((f) => /\.ya?ml$/.test(f))
		.map((f) => ({ file: `content/data/${f}`, yaml: readFileSync(join(dataDir, f), 'utf8') })),
];
const urls = externalUrls(texts);

// 2. Is there a network at all? One HEAD request to each of two unrelated hosts; either answering is enough.
async function online(): Promise<boolean> {
	const probe = (url: string) => fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(5000) }).then(() => true, () => false);
	return (await Promise.all(['https://www.iana.org/', 'https://www.wikipedia.org/'].map(probe))).some(Boolean);
}

// 3. Let linkinator check the URLs as links of one generated page, so each is fetched once and none is crawled.
async function check(list: string[]): Promise<UrlResult[]> {
	const dir = mkdtempSync(join(tmpdir(), 'links-external-'));
	try {
		writeFileSync(join(dir, 'index.html'), `<!doctype html><title>links</title>${list.map((u) => `<a href="${u.replaceAll('"', '&quot;')}">x</a>`).join('\n')}`);
		const result = await new LinkChecker().check({ path: dir, recurse: false, concurrency: 16, timeout: 20000, retryErrors: true, retryErrorsCount: 2 });
		return result.links
			.filter((l) => /^https?:/.test(l.url) && !l.url.startsWith('http://localhost'))
			.map((l) => ({ url: l.url, ok: l.state !== LinkState.BROKEN, status: l.status || undefined }));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const report = await checkExternalUrls(urls, { online, check });
for (const line of report.lines) console.log(line);
process.exit(report.exitCode);
