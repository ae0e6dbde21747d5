import { docsSchema } from '@astrojs/starlight/schema';
import { RoadmapFieldsSchema } from './entry.ts';

/**
 * The `docs` collection schema: Starlight's frontmatter merged into each of our page kinds.
 * Used by content.config.ts (Astro's own validation) and by src/check (our precise error report),
 * so both always validate against one contract.
 */
export const roadmapDocsSchema = docsSchema({ extend: RoadmapFieldsSchema });
