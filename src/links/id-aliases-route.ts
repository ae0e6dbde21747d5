// GET /roadmap-id-aliases.json: old permanent id -> current id, from `ids:` in content/data/redirects.yaml
// (src/links/plugin.ts injects it). The progress island reads it to count progress stored under an old id
// for the entry that replaced it; anything else that stored ids (bookmarks, exports) can do the same.
import type { APIRoute } from 'astro';
import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { readRedirects } from './lock-fs.ts';
import { idAliases } from './lock-ids.ts';

export const prerender = true;

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify({ version: 1, aliases: idAliases(readRedirects(fileURLToPath(root)).redirects) }, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
