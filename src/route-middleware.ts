import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { EntryKind } from './graph/model.ts';
import { generatedSections } from './site/sections.ts';

/** Adds the generated sections (Proof, Resources, Sources ...) to the page's table of contents. */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const kind = (route.entry.data as { kind?: string }).kind;
	if (!route.toc || !kind || kind === 'page') return;
	for (const section of generatedSections[kind as EntryKind] ?? []) {
		route.toc.items.push({ depth: 2, slug: section.slug, text: section.text, children: [] });
	}
});
