// Global setup for the "site" test project: builds the site (with its search index) once into
// .test-dist/, as it would be deployed at https://example.org (TEST_SITE_URL), so these tests check
// exactly what a deployment serves, canonical links and sitemap included. Set SITE_DIR to test an
// existing build instead (built with SITE_URL set, or the no-localhost check fails, rightly).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { TEST_SITE_URL } from '../../scripts/site-url.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		siteDir: string;
		/** The public address the build under test was made for (its canonical links use it). */
		siteUrl: string | undefined;
	}
}

export default function setup(project: TestProject): void {
	const existing = process.env.SITE_DIR;
	if (existing) {
		if (!existsSync(resolve(existing, 'index.html'))) {
			throw new Error(`SITE_DIR=${existing} has no index.html: build the site first (npm run build)`);
		}
		project.provide('siteDir', resolve(existing));
		project.provide('siteUrl', process.env.SITE_URL);
		return;
	}
	execFileSync(process.execPath, ['scripts/build-site.mjs', '.test-dist'], {
		stdio: 'inherit',
		// Vitest sets NODE_ENV=test, which would make Astro build React and the search UI in development mode.
		env: { ...process.env, NODE_ENV: 'production', BUILD_LOG_LEVEL: 'warn', SITE_URL: TEST_SITE_URL, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	project.provide('siteDir', resolve('.test-dist'));
	project.provide('siteUrl', TEST_SITE_URL);
}
