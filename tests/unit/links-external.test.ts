import { describe, expect, it, vi } from 'vitest';
import { checkExternalUrls } from '../../src/links/external-check.ts';
import { externalUrls } from '../../src/links/external-urls.ts';

describe('externalUrls', () => {
	it('finds URLs in YAML values and prose, decodes YAML escapes and names the files', () => {
		const urls = externalUrls([
			{ file: 'a.mdx', yaml: 'resources:\n  - { url: "https://ex.org/a\\x2Db" }', prose: 'See [docs](https://ex.org/docs). And <https://ex.org/c>.' },
			{ file: 'b.yaml', yaml: 'url: https://ex.org/docs' },
		]);
		expect([...urls.keys()]).toEqual(['https://ex.org/a-b', 'https://ex.org/c', 'https://ex.org/docs']);
		expect(urls.get('https://ex.org/docs')).toEqual(['a.mdx', 'b.yaml']);
	});
});

describe('checkExternalUrls', () => {
	const urls = new Map([['https://ex.org/a', ['a.mdx']], ['https://ex.org/b', ['b.mdx']]]);

	it('offline: says so in one line, exits 2 and checks nothing', async () => {
		const check = vi.fn();
		const report = await checkExternalUrls(urls, { online: async () => false, check });
		expect(check).not.toHaveBeenCalled();
		expect(report.exitCode).toBe(2);
		expect(report.lines).toEqual(['links:external: cannot reach the network, so none of the 2 external URLs was checked; run it again online.']);
	});

	it('online: lists each broken URL with the files that use it, and exits 1', async () => {
		const report = await checkExternalUrls(urls, {
			online: async () => true,
			check: async () => [{ url: 'https://ex.org/a', ok: true, status: 200 }, { url: 'https://ex.org/b', ok: false, status: 404 }],
		});
		expect(report.exitCode).toBe(1);
		expect(report.lines).toEqual(['404  https://ex.org/b  (in b.mdx)', 'links:external: 1 of 2 external URLs answered, 1 broken.']);
	});
});
