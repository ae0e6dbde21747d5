import { mermaidConfig, themeNames, type ThemeName } from '../themes.ts';
import { cacheKey } from './cache-fs.ts';
import type { RenderJob } from './rendered.ts';

/** The render jobs for one source, one per theme. The DOM id comes from the key: same source, same SVG. */
export const jobsFor = (source: string, withAlt = false): Record<ThemeName, RenderJob> =>
	Object.fromEntries(
		themeNames.map((theme) => {
			const key = cacheKey(source, theme);
			return [theme, { key, domId: `mmd-${key.slice(0, 12)}`, source, config: mermaidConfig(theme), withAlt }];
		}),
	) as Record<ThemeName, RenderJob>;

/** How a build or the dev server treats diagrams: ROADMAP_DIAGRAMS=off skips rendering (used by `npm run bench`). */
export const renderingOff = (env: NodeJS.ProcessEnv = process.env) => env.ROADMAP_DIAGRAMS === 'off';
