import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests over the built site (tests/browser/). Run them with `npm run test:browser`, which
 * builds the site if needed and sets SITE_DIR and SITE_PORT; reporters come from the command line
 * (`npm run test:browser -- --reporter=list,json`).
 *
 * The site is served by scripts/serve-static.mjs, which sends the headers in the built _headers
 * file like a static host does, so the security-header tests check real responses.
 * Chromium only: the system's Debian Chromium, never a downloaded browser.
 */
const siteDir = process.env.SITE_DIR ?? '.test-dist';
const port = Number(process.env.SITE_PORT ?? 4391);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: 'tests/browser',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	// Two workers suit a two-core CI machine; the tests are independent.
	workers: Number(process.env.PW_WORKERS ?? 2),
	reporter: 'list',
	timeout: 30_000,
	expect: { timeout: 5_000 },
	outputDir: 'test-results',
	use: {
		baseURL,
		trace: 'off',
		screenshot: 'only-on-failure',
		// The site must work for everyone, wherever they are: no locale-specific behaviour assumed.
		locale: 'en-GB',
		serviceWorkers: 'block',
		// No smooth scrolling: scrolls finish at once, so tests neither wait nor race an animation.
		reducedMotion: 'reduce',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
					args: [
						'--headless',
						'--no-sandbox',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run',
						'--disable-quic',
					],
				},
			},
		},
	],
	webServer: {
		// process.execPath: the Node that runs Playwright (the project's Node 24 under `npm run`).
		command: `"${process.execPath}" scripts/serve-static.mjs "${siteDir}" ${port}`,
		url: `${baseURL}/`,
		reuseExistingServer: false,
		timeout: 30_000,
		stdout: 'ignore',
		stderr: 'pipe',
	},
});
