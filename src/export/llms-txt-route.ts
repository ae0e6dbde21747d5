// GET /llms.txt: written from the graph at build time (src/export/llms.ts; src/export/plugin.ts injects it).
import type { APIRoute } from 'astro';
import { getGraph } from '../site/get-graph.ts';
import { projectName, siteDescription } from '../site/identity.ts';
import { siteBase } from '../site/url.ts';
import { llmsIndex } from './llms.ts';

export const prerender = true;

export const GET: APIRoute = ({ site }) =>
	new Response(llmsIndex(getGraph(), { site: site?.href ?? 'http://localhost/', base: siteBase, title: projectName, description: siteDescription }), {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
