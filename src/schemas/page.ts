import { z } from 'astro/zod';
import { pageTextFields } from './common.ts';

/** Frontmatter of a plain page (home, guides, contributor pages): `kind` may be left out. */
export const PageSchema = z.strictObject({
	kind: z.literal('page').default('page').describe('A plain page. The default when kind is left out.'),
	...pageTextFields,
});
