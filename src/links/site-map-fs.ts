import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readBuiltFile, type SidebarCache, type SiteMap } from './site-map.ts';

/** Reads every `index.html` under a built site into a site map (each distinct sidebar read once, see readBuiltFile). */
export function readSiteMap(dist: string): SiteMap {
	const map: SiteMap = new Map();
	const sidebars: SidebarCache = { known: [] };
	for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || entry.name !== 'index.html') continue;
		const path = `/${relative(dist, entry.parentPath).replaceAll('\\', '/')}/`.replace(/\/+/g, '/');
		map.set(path, readBuiltFile(readFileSync(join(entry.parentPath, entry.name)), sidebars));
	}
	return map;
}
