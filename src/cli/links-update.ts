// `npm run links:update`: builds the site and records every published URL and heading anchor in
// content/data/links.lock.json. Run it after a deliberate removal or to protect new pages and headings.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { astroProcessEnv } from '../site/node-env-fs.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, ...astroProcessEnv(root), ROADMAP_LINKS_UPDATE: '1' },
});
process.exit(result.status ?? 1);
