import { mermaidConfig, renderTheme, themeNames, type ThemeName } from '../themes.ts';
import { renderKey } from './store-fs.ts';
import type { RenderJob } from './rendered.ts';

/** The one render job for a source. The DOM id comes from the key: same source, same SVG. */
export const jobFor = (source: string, withAlt = false): RenderJob => {
	const key = renderKey(source);
	return { key, domId: `mmd-${key.slice(0, 12)}`, source, config: mermaidConfig(renderTheme), withAlt };
};

/** A source rendered in both palettes, only to pair their colours (src/diagram/render/palette.ts). */
export const calibrationJobs = (source: string): Record<ThemeName, RenderJob> =>
	Object.fromEntries(themeNames.map((theme) => [theme, { key: `calibrate-${theme}`, domId: `mmd-calibrate-${theme}`, source, config: mermaidConfig(theme) }])) as Record<ThemeName, RenderJob>;

/** How a build or the dev server treats diagrams: ROADMAP_DIAGRAMS=off skips rendering (used by `npm run bench`). */
export const renderingOff = (env: NodeJS.ProcessEnv = process.env) => env.ROADMAP_DIAGRAMS === 'off';
