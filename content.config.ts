// Collections only: the schemas live in src/schemas, the rules that span entries in src/graph.
import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { roadmapDocsSchema } from './src/schemas/docs.ts';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: roadmapDocsSchema }),
};
