// The environment switches (CI, REQUIRE_BROWSER, ROADMAP_SKIP_BUILD) accept every usual "on" spelling:
// CI=1 used to skip the browser suite silently because only CI=true counted.
import { describe, expect, it } from 'vitest';
import { envFlag, isTruthy, toolsRequired } from '../support/env.ts';

describe('environment switches', () => {
	it.each(['1', 'true', 'TRUE', 'True', 'yes', 'YES', 'on', 'On', ' true '])('%j is on', (value) => {
		expect(isTruthy(value)).toBe(true);
	});

	it.each([undefined, '', '0', 'false', 'no', 'off', 'nope', '2', 'truthy'])('%j is off', (value) => {
		expect(isTruthy(value)).toBe(false);
	});

	it('reads a named variable', () => {
		expect(envFlag('CI', { CI: 'yes' })).toBe(true);
		expect(envFlag('CI', { CI: 'false' })).toBe(false);
		expect(envFlag('CI', {})).toBe(false);
	});

	it('requires the tools under CI or REQUIRE_BROWSER in any truthy spelling, and not otherwise', () => {
		expect(toolsRequired({ CI: '1' })).toBe(true);
		expect(toolsRequired({ CI: 'true' })).toBe(true);
		expect(toolsRequired({ REQUIRE_BROWSER: 'on' })).toBe(true);
		expect(toolsRequired({ REQUIRE_BROWSER: 'Yes' })).toBe(true);
		expect(toolsRequired({ CI: 'false', REQUIRE_BROWSER: '0' })).toBe(false);
		expect(toolsRequired({})).toBe(false);
	});
});
