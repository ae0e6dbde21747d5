// The environment for a child `astro build` or `astro dev` started from a test: without the variables
// Vitest puts into process.env (BASE_URL=/, MODE=test, DEV=true, VITEST...). Astro reads them over its own:
// DEV=true built the site with Starlight's dev-only search placeholder, and BASE_URL=/ undid a base path.
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_URL', 'NODE_ENV', 'TEST']) delete env[key];
	for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
	return { ...env, ...extra };
}
