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
	// Every page's `lastReviewed` (src/schemas/common.ts) fills Starlight's "last updated" slot at the foot of
	// the page, worded "Last reviewed:" (content/i18n/en.json): the date someone checked the page, not git's.
	const reviewed = (route.entry.data as { lastReviewed?: string }).lastReviewed;
	if (reviewed) route.lastUpdated = new Date(`${reviewed}T00:00:00Z`);
	const kind = (route.entry.data as { kind?: string }).kind;
	if (!route.toc || !kind || kind === 'page') return;
	for (const section of generatedSections[kind as EntryKind] ?? []) {
		route.toc.items.push({ depth: 2, slug: section.slug, text: section.text, children: [] });
	}
});
