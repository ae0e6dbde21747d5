import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { linkNodeModules } from './node-modules-fs.ts';
import { vanillaPage } from './vanilla-page.ts';

const config = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({ site: 'https://vanilla.example.org', integrations: [starlight({ title: 'Vanilla baseline' })] });
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Scaffolds a vanilla Starlight site in a new temporary folder: the installed astro and @astrojs/starlight
 * (node_modules linked from `root`'s, see linkNodeModules), default configuration, and the same MDX pages as
 * `<contentRoot>/content/docs` (see vanillaPage). Returns the folder; build it with `astro build` there.
 */
export function scaffoldVanilla(root: string, contentRoot: string = root): string {
	const dir = mkdtempSync(join(tmpdir(), 'roadmap-vanilla-'));
	linkNodeModules(root, dir);
	// Vite bundles for SSR only what it does not externalize; without these dependencies listed it leaves
	// Starlight's `astro:` virtual imports to Node, and the build fails on them.
	const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
	const deps = { astro: dependencies.astro, '@astrojs/starlight': dependencies['@astrojs/starlight'] };
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'vanilla-baseline', private: true, type: 'module', dependencies: deps }));
	writeFileSync(join(dir, 'astro.config.mjs'), config);
	mkdirSync(join(dir, 'src'));
	writeFileSync(join(dir, 'src', 'content.config.ts'), contentConfig);
	const docs = join(contentRoot, 'content', 'docs');
	for (const entry of readdirSync(docs, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
		const from = join(entry.parentPath, entry.name);
		const to = join(dir, 'src', 'content', 'docs', relative(docs, from));
		mkdirSync(dirname(to), { recursive: true });
		writeFileSync(to, vanillaPage(readFileSync(from, 'utf8')));
	}
	return dir;
}
