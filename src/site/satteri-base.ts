import type { HastPluginDefinition } from 'satteri';
import { normalizeBase } from './env.ts';
import { withBase } from './url.ts';

/**
 * A Sätteri hast plugin: Markdown links and images written root-absolute (`[eval design](/skills/eval-design/)`)
 * get the site's base, so content is authored once and works at a domain root and under `/repo/` alike.
 * Astro and Starlight leave links in content alone (they cannot know `/x/` means a page of this site).
 */
export function satteriBase(base: string): HastPluginDefinition | null {
	// At a domain root every link stays as written: no plugin, and no pass over each page's links (issue 12).
	if (normalizeBase(base) === '/') return null;
	return {
		name: 'roadmap-base',
		element: {
			filter: ['a', 'img'],
			visit(node, ctx) {
				const key = node.tagName === 'a' ? 'href' : 'src';
				const value = node.properties?.[key];
				if (typeof value !== 'string') return;
				const based = withBase(value, base);
				if (based !== value) ctx.setProperty(node, key, based);
			},
		},
	};
}
