// Astro middleware (added by src/site/csp-integration.ts): moves each built page's Content-Security-Policy
// <meta> to the top of <head> (see hoistCspMetaBytes) before Astro writes the page, so no page is written
// twice. Astro adds the policy only in a build; in dev there is nothing to move.
import { defineMiddleware } from 'astro:middleware';
import { hoistCspMetaBytes } from './csp.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!import.meta.env.PROD || !response.headers.get('content-type')?.includes('text/html')) return response;
	const page = Buffer.from(await response.arrayBuffer());
	// A Buffer over an ArrayBuffer (never a SharedArrayBuffer here): what Response takes.
	return new Response((hoistCspMetaBytes(page) ?? page) as Uint8Array<ArrayBuffer>, { status: response.status, statusText: response.statusText, headers: response.headers });
});
