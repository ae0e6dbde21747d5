import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { mermaidConfig, renderTheme } from '../themes.ts';
import { darkThemeCss, type Palette } from './palette.ts';
import type { Rendered } from './rendered.ts';
import { sharedStylesheet } from './theme-svg.ts';

/** Bumped when what the store keeps changes, so old entries stop matching. */
const formatVersion = 6;

const mermaidVersion: string = createRequire(import.meta.url)('mermaid/package.json').version;

/** The store key: sha256 of the source, the render theme's full configuration and the mermaid version. */
export function renderKey(source: string): string {
	const input = JSON.stringify([formatVersion, mermaidVersion, mermaidConfig(renderTheme), source]);
	return createHash('sha256').update(input).digest('hex');
}

/** The hash a set of style rules is stored under. */
export const styleHash = (rules: readonly string[]) => createHash('sha256').update(rules.join('\n')).digest('hex').slice(0, 16);

/** The store's folder, committed with the content: `diagrams/` at the project root. */
export const STORE_DIR = 'diagrams';

/** A store entry that is present but unreadable, with the file to blame. */
export interface BadEntry {
	file: string;
	reason: string;
}

const isRendered = (value: unknown): value is Rendered => {
	const r = value as Rendered;
	return !!r && typeof r.svg === 'string' && r.svg.startsWith('<svg') && typeof r.style === 'string' && Array.isArray(r.links) && Array.isArray(r.colours) && typeof r.width === 'number';
};

/**
 * The render store, committed in the repository so a fresh clone builds without a browser:
 * `renders/<key>.json` (one file per diagram), `styles/<hash>.css` (mermaid's rules, shared),
 * `palette.json` (light colour -> dark colour) and the generated `mermaid.css` that pages load.
 */
export function renderStore(root: string) {
	const dir = join(root, STORE_DIR);
	const renders = join(dir, 'renders');
	const styles = join(dir, 'styles');
	const renderPath = (key: string) => join(renders, `${key}.json`);
	const paletteFile = join(dir, 'palette.json');
	const bad: BadEntry[] = [];
	const atomic = (path: string, text: string) => {
		mkdirSync(join(path, '..'), { recursive: true });
		// Write then rename: a build killed mid-write never leaves a half file that parses as a hit.
		const temp = `${path}.${process.pid}.tmp`;
		writeFileSync(temp, text);
		renameSync(temp, path);
	};
	const read = (key: string): Rendered | undefined => {
		const file = renderPath(key);
		if (!existsSync(file)) return undefined;
		try {
			const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
			if (isRendered(value)) return value;
			bad.push({ file: `${STORE_DIR}/renders/${key}.json`, reason: 'not a render (missing svg, style, colours or links)' });
		} catch (error) {
			bad.push({ file: `${STORE_DIR}/renders/${key}.json`, reason: error instanceof Error ? error.message : String(error) });
		}
		return undefined;
	};
	const readRules = (hash: string): string[] | undefined => {
		try {
			return readFileSync(join(styles, `${hash}.css`), 'utf8').split('\n').filter(Boolean);
		} catch {
			return undefined;
		}
	};
	return {
		dir,
		/** Entries found unreadable so far: reported, then re-rendered where a browser exists. */
		bad,
		has: (key: string) => read(key) !== undefined,
		read,
		readRules,
		write(key: string, rendered: Rendered, rules: readonly string[]) {
			if (!existsSync(join(styles, `${rendered.style}.css`))) atomic(join(styles, `${rendered.style}.css`), `${rules.join('\n')}\n`);
			atomic(renderPath(key), `${JSON.stringify(rendered, null, '\t')}\n`);
		},
		readPalette(): Palette {
			try {
				return JSON.parse(readFileSync(paletteFile, 'utf8')) as Palette;
			} catch {
				return {};
			}
		},
		writePalette(palette: Palette) {
			const sorted = Object.fromEntries(Object.entries(palette).sort(([a], [b]) => a.localeCompare(b)));
			atomic(paletteFile, `${JSON.stringify(sorted, null, '\t')}\n`);
		},
		/** Writes `mermaid.css` for the given renders (only when its text changes); returns its text. */
		writeStylesheet(used: readonly Rendered[]): string {
			const hashes = [...new Set(used.map((r) => r.style))].sort();
			const css = sharedStylesheet(
				hashes.map((h) => readRules(h) ?? []),
				darkThemeCss(
					used.flatMap((r) => r.colours),
					this.readPalette(),
				),
			);
			const file = join(dir, 'mermaid.css');
			if (!existsSync(file) || readFileSync(file, 'utf8') !== css) atomic(file, css);
			return css;
		},
		/** Deletes renders and styles no diagram of the site uses any more; returns how many files. */
		prune(keep: ReadonlySet<string>): number {
			let removed = 0;
			const keptStyles = new Set<string>();
			if (existsSync(renders)) {
				for (const name of readdirSync(renders)) {
					const key = name.replace(/\.json$/, '');
					if (keep.has(key)) {
						const r = read(key);
						if (r) keptStyles.add(r.style);
						continue;
					}
					rmSync(join(renders, name), { force: true });
					removed++;
				}
			}
			if (existsSync(styles)) {
				for (const name of readdirSync(styles)) {
					if (keptStyles.has(name.replace(/\.css$/, ''))) continue;
					rmSync(join(styles, name), { force: true });
					removed++;
				}
			}
			return removed;
		},
	};
}

export type RenderStore = ReturnType<typeof renderStore>;

