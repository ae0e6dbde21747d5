import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
	test: {
		root,
		reporters: ['default', './tests/support/summary-reporter.ts'],
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				// Build-output and browser tests share one build of the real site, made by the global setup.
				extends: true,
				test: {
					name: 'site',
					include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
					globalSetup: ['./tests/support/build-site.ts'],
					testTimeout: 300_000,
					hookTimeout: 600_000,
					fileParallelism: false,
				},
			},
		],
	},
});
