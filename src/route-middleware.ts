import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { EntryKind } from './graph/model.ts';
import { generatedSections } from './site/sections.ts';
import { withBase } from './site/url.ts';

/** Adds the generated sections (Proof, Resources, Sources ...) to the page's table of contents. */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	// Starlight adds the base to sidebar links but not to the hero's action links (frontmatter `link:`).
	const hero = route.entry.data.hero;
	if (hero?.actions.length) route.entry = { ...route.entry, data: { ...route.entry.data, hero: { ...hero, actions: hero.actions.map((a) => ({ ...a, link: withBase(a.link) })) } } };
	const kind = (route.entry.data as { kind?: string }).kind;
	if (!route.toc || !kind || kind === 'page') return;
	for (const section of generatedSections[kind as EntryKind] ?? []) {
		route.toc.items.push({ depth: 2, slug: section.slug, text: section.text, children: [] });
	}
});
