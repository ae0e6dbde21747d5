import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';

/** The file of environment variables for Node processes that run Astro (its comments say why each is there). */
export const NODE_ENV_FILE = 'node.env';

/**
 * The variables of `root`'s node.env, for a child process that runs `astro build` or `astro dev`: the npm
 * scripts read the file themselves (`node --env-file-if-exists`), a build started from code gets them here.
 * An empty set when the file is gone, as `--env-file-if-exists` treats it.
 */
export function astroProcessEnv(root: string): Record<string, string> {
	let text: string;
	try {
		text = readFileSync(join(root, NODE_ENV_FILE), 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
		throw error;
	}
	return Object.fromEntries(Object.entries(parseEnv(text)).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
