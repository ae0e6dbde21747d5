// Collections only: the schemas live in src/schemas, the rules that span entries in src/graph.
import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { roadmapDocsSchema } from './src/schemas/docs.ts';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: roadmapDocsSchema }),
	// content/i18n/en.json: Starlight's interface strings we word differently ("Last reviewed:" at the foot
	// of every page, where Starlight says "Last updated:").
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
