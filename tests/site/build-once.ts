// Global setup for the "site" test project: builds the site (with its search index) once into
// .test-dist/, so these tests check exactly what `npm start` would serve. Set SITE_DIR to test an
// existing build instead (CI reuses the build it already made).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		siteDir: string;
	}
}

export default function setup(project: TestProject): void {
	const existing = process.env.SITE_DIR;
	if (existing) {
		if (!existsSync(resolve(existing, 'index.html'))) {
			throw new Error(`SITE_DIR=${existing} has no index.html: build the site first (npm run build)`);
		}
		project.provide('siteDir', resolve(existing));
		return;
	}
	execFileSync(process.execPath, ['scripts/build-site.mjs', '.test-dist'], {
		stdio: 'inherit',
		// Vitest sets NODE_ENV=test, which would make Astro build React and the search UI in development mode.
		env: { ...process.env, NODE_ENV: 'production', BUILD_LOG_LEVEL: 'warn' },
	});
	project.provide('siteDir', resolve('.test-dist'));
}
