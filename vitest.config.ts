import { defineConfig } from 'vitest/config';

/**
 * Four projects, each a different kind of check:
 * - unit: pure logic and content files, in Node, fast.
 * - components: the quiz island with Testing Library, in jsdom.
 * - exhaustive: properties over every combination of quiz answers (slow).
 * - site: checks over the built site (links, metadata, origins, search index). Its global setup
 *   builds the site once into .test-dist/ so `npm test` works on a fresh clone.
 */
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
			{ test: { name: 'components', include: ['tests/components/**/*.test.tsx'], environment: 'jsdom' } },
			// Rules checked over every answer combination: slow (a minute or two), so apart from unit.
			{ test: { name: 'exhaustive', include: ['tests/exhaustive/**/*.test.ts'], environment: 'node', testTimeout: 900_000, hookTimeout: 900_000 } },
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/site/build-once.ts'],
					testTimeout: 60_000,
				},
			},
		],
	},
});
