// Reading on/off switches from the environment, one way for every test: CI systems and people write
// CI=1, CI=true, REQUIRE_BROWSER=yes ... and an exact match on one spelling skipped suites silently.

/** True for the usual "on" spellings: 1, true, yes, on (any case, surrounding spaces ignored). */
export function isTruthy(value: string | undefined): boolean {
	return value !== undefined && ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase());
}

/** Whether an environment variable is switched on (see isTruthy). */
export const envFlag = (name: string, env: NodeJS.ProcessEnv = process.env): boolean => isTruthy(env[name]);

/**
 * CI, or anyone who sets REQUIRE_BROWSER: tests that need a tool (Chromium, Java) fail when it is missing
 * instead of skipping.
 */
export const toolsRequired = (env: NodeJS.ProcessEnv = process.env): boolean => envFlag('REQUIRE_BROWSER', env) || envFlag('CI', env);
