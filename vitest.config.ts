import { defineConfig } from 'vitest/config';

/**
 * Four projects, each a different kind of check (run one with `npx vitest run --project unit`):
 * - unit: pure logic and content files, in Node, fast.
 * - exhaustive: checks that walk every answer combination of the quiz (tests/exhaustive/). Slow on
 *   purpose, so they are their own project; `npm test` runs them, `npm run test:quick` does not.
 * - components: the quiz island with Testing Library, in jsdom.
 * - site: checks over the built site (links, metadata, origins, headers, search index). Its global
 *   setup builds the site once into .test-dist/ so `npm test` works on a fresh clone.
 *
 * Time limits are generous: they only stop a hung test. A test never fails for being slow on a busy
 * machine; speed is tested on bytes (tests/site/budgets.test.ts), never by the clock.
 */
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
			{ test: { name: 'exhaustive', include: ['tests/exhaustive/**/*.test.ts'], environment: 'node', testTimeout: 600_000 } },
			{ test: { name: 'components', include: ['tests/components/**/*.test.tsx'], environment: 'jsdom', testTimeout: 30_000 } },
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/site/build-once.ts'],
					testTimeout: 60_000,
					// The site tests only read the build, so they can share one module cache per worker:
					// tests/helpers/built-site.ts then reads and parses the built pages once, not once per file.
					isolate: false,
				},
			},
		],
	},
});
