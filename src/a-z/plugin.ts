import type { StarlightPlugin } from '@astrojs/starlight/types';

/** Injects the A–Z index at /a-z/ (there is no pages/ folder: README, "Why srcDir: '.'"). */
export function azPage(): StarlightPlugin {
	return {
		name: 'roadmap-a-z',
		hooks: {
			'config:setup'({ addIntegration }) {
				addIntegration({
					name: 'roadmap-a-z',
					hooks: {
						'astro:config:setup'({ injectRoute }) {
							injectRoute({ pattern: '/a-z', entrypoint: new URL('./AzPage.astro', import.meta.url), prerender: true });
						},
					},
				});
			},
		},
	};
}
