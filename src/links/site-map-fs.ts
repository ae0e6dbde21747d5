import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readBuiltPage, type SiteMap } from './site-map.ts';

/** Reads every `index.html` under a built site into a site map. */
export function readSiteMap(dist: string): SiteMap {
	const map: SiteMap = new Map();
	const sidebars = new Map<string, { ids: string[]; links: string[] }>();
	for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || entry.name !== 'index.html') continue;
		const path = `/${relative(dist, entry.parentPath).replaceAll('\\', '/')}/`.replace(/\/+/g, '/');
		map.set(path, readBuiltPage(readFileSync(join(entry.parentPath, entry.name), 'utf8'), sidebars));
	}
	return map;
}
