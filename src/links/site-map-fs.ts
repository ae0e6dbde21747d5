import { closeSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { readBuiltFile, type SidebarCache, type SiteMap } from './site-map.ts';

/**
 * Reads every `index.html` under a built site into a site map (each distinct sidebar read once, see
 * readBuiltFile), into one reused buffer: a thousand 280 KB allocations cost more than reading them.
 */
export function readSiteMap(dist: string): SiteMap {
	const reader = siteMapReader(dist);
	while (!reader.next().done);
	return reader.map;
}

/**
 * readSiteMap in slices of about `sliceMs`, giving the event loop back in between, so the reading can go
 * on while the build waits on something else: the links plugin starts it once the pages are written and
 * Pagefind, a separate process, indexes them meanwhile (issue 12). The map is the same.
 */
export async function readSiteMapInSlices(dist: string, sliceMs = 8): Promise<SiteMap> {
	const reader = siteMapReader(dist);
	let since = performance.now();
	while (!reader.next().done) {
		if (performance.now() - since < sliceMs) continue;
		await new Promise((resolve) => setImmediate(resolve));
		since = performance.now();
	}
	return reader.map;
}

/** Adds the given `index.html` files under `dist` to a site map: the redirect pages, published after it was read. */
export function addPages(map: SiteMap, dist: string, files: Iterable<string>): void {
	const reader = siteMapReader(dist, [...files], map);
	while (!reader.next().done);
}

/** Reads one page per step: every `index.html` under `dist`, or the given files. */
function siteMapReader(dist: string, files?: string[], map: SiteMap = new Map()): { map: SiteMap; next(): { done: boolean } } {
	const sidebars: SidebarCache = { known: [] };
	let buffer = Buffer.allocUnsafe(1 << 20);
	const read = (file: string): Buffer => {
		const fd = openSync(file, 'r');
		try {
			const { size } = fstatSync(fd);
			if (size > buffer.length) buffer = Buffer.allocUnsafe(size * 2);
			let done = 0;
			while (done < size) {
				const n = readSync(fd, buffer, done, size - done, done);
				if (n === 0) break;
				done += n;
			}
			return buffer.subarray(0, done);
		} finally {
			closeSync(fd);
		}
	};
	const pages =
		files ??
		readdirSync(dist, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && entry.name === 'index.html')
			.map((entry) => join(entry.parentPath, entry.name));
	let at = 0;
	return {
		map,
		next() {
			const file = pages[at++];
			if (file === undefined) return { done: true };
			const path = `/${relative(dist, dirname(file)).replaceAll('\\', '/')}/`.replace(/\/+/g, '/');
			map.set(path, readBuiltFile(read(file), sidebars));
			return { done: false };
		},
	};
}
