// GET /roadmap.json: the roadmap as data, built once at build time (src/export/plugin.ts injects it).
import type { APIRoute } from 'astro';
import { getGraph } from '../site/get-graph.ts';
import { siteBase } from '../site/url.ts';
import { roadmapDocument } from './roadmap-document.ts';

export const prerender = true;

export const GET: APIRoute = ({ site }) =>
	new Response(`${JSON.stringify(roadmapDocument(getGraph(), site?.href ?? 'http://localhost/', siteBase), null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
