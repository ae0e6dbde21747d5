// Astro middleware (added by src/links/plugin.ts): applies the anchor aliases of
// content/data/redirects.yaml to the pages they name, at build time and in dev.
import { root } from 'astro:config/server';
import { defineMiddleware } from 'astro:middleware';
import { fileURLToPath } from 'node:url';
import { siteBase, stripBase } from '../site/url.ts';
import { injectAnchorAliases } from './anchor-aliases.ts';
import { readRedirects } from './lock-fs.ts';

const { redirects } = readRedirects(fileURLToPath(root));

export const onRequest = defineMiddleware(async (context, next) => {
	// redirects.yaml names pages by site path, without the base the site is published under.
	const path = stripBase(context.url.pathname.endsWith('/') ? context.url.pathname : `${context.url.pathname}/`, siteBase);
	const aliases = redirects.anchors.filter((alias) => alias.page === path);
	const response = await next();
	if (aliases.length === 0 || !response.headers.get('content-type')?.includes('text/html')) return response;
	return new Response(injectAnchorAliases(await response.text(), aliases), { status: response.status, headers: response.headers });
});
