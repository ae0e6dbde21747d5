// GET /roadmap.schema.json: the JSON Schema of /roadmap.json, generated from its zod schema.
import type { APIRoute } from 'astro';
import { roadmapJsonSchema } from '../schemas/roadmap-json.ts';
import { absoluteUrl } from '../site/url.ts';

export const prerender = true;

export const GET: APIRoute = ({ site }) =>
	new Response(`${JSON.stringify(roadmapJsonSchema(absoluteUrl('/', site?.href ?? 'http://localhost/')), null, '\t')}\n`, {
		headers: { 'content-type': 'application/schema+json; charset=utf-8' },
	});
