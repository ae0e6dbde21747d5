// GET /robots.txt: generated, not a file in public/, because the sitemap line needs the absolute URL
// and the site's URL and base come from the environment (SITE_URL, BASE_PATH).
import type { APIRoute } from 'astro';
import { robotsTxt, withSlash } from './robots.ts';

export const prerender = true;

export const GET: APIRoute = ({ site, url }) =>
	new Response(robotsTxt(new URL(`${withSlash(import.meta.env.BASE_URL)}sitemap-index.xml`, site ?? url)), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
