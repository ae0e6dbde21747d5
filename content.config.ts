// Collections only: the schemas live in src/schemas, the rules that span entries in src/graph.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { roadmapDocsSchema } from './src/schemas/docs.ts';

// Starlight's docsLoader() (@astrojs/starlight 0.42, loaders.ts) is this glob over <srcDir>/content/docs,
// with Astro's default retainBody: true. Nothing here reads an entry's raw MDX from the collection (the
// content check reads the files itself, src/check/), yet a kept body is bundled into the server build a
// second time, in the data layer: 418 of its 804 KB at 82 skills, measured (issue 12).
// tests/build/production-build.test.ts fails if a body comes back.
const docsLoader = () => glob({ base: 'content/docs', pattern: '**/[^_]*.{markdown,mdown,mkdn,mkd,mdwn,md,mdx}', retainBody: false });

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: roadmapDocsSchema }),
	// content/i18n/en.json: Starlight's interface strings we word differently ("Last reviewed:" at the foot
	// of every page, where Starlight says "Last updated:").
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
