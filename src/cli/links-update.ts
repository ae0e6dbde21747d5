// `npm run links:update`: builds the site and records every published URL and heading anchor in
// content/data/links.lock.json. Run it after a deliberate removal or to protect new pages and headings.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const result = spawnSync(process.execPath, ['--env-file-if-exists=node.env', 'node_modules/astro/bin/astro.mjs', 'build'], {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, ROADMAP_LINKS_UPDATE: '1' },
});
process.exit(result.status ?? 1);
