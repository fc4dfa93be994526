// `npm run test:browser`: the browser tests (tests/browser/, Playwright + Chromium) over the built site.
//  1. Checks that the system Chromium exists (the tests never download a browser).
//  2. Builds the site into .test-dist/ unless that build is newer than every source file
//     (`npm test` builds the same folder the same way, for https://example.org, so CI builds once).
//     Set SITE_DIR to test another build, or pass --rebuild to force a fresh one.
//  3. Runs Playwright, passing any other arguments through (reporters, file filters, --grep ...).
//     Per-page checks run on one page per template plus a sample: PAGE_SAMPLE=all checks every page.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { TEST_SITE_URL } from './site-url.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BUILD_DIR = '.test-dist';
/** Everything the built site is made from. */
const INPUTS = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

if (!existsSync(CHROMIUM)) {
	console.error('Chromium is missing: install it with `apt-get install -y chromium` (Debian) — browser tests need it');
	process.exit(1);
}

function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

function isFresh(dir) {
	const built = join(dir, 'index.html');
	if (!existsSync(built)) return false;
	return statSync(built).mtimeMs > Math.max(...INPUTS.map(newestMtime));
}

/** A free TCP port on this machine, so parallel runs never collide on a fixed one. */
function freePort() {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolvePort(port));
		});
	});
}

const args = process.argv.slice(2);
const rebuild = args.includes('--rebuild');
const passThrough = args.filter((a) => a !== '--rebuild');

let siteDir = process.env.SITE_DIR;
if (siteDir) {
	if (!existsSync(join(siteDir, 'index.html'))) {
		console.error(`SITE_DIR=${siteDir} has no index.html: build the site first (npm run build)`);
		process.exit(1);
	}
} else {
	siteDir = BUILD_DIR;
	if (rebuild || !isFresh(siteDir)) {
		console.log(`Building the site into ${siteDir}/ for the browser tests…`);
		const build = spawnSync(process.execPath, ['scripts/build-site.mjs', siteDir], {
			stdio: 'inherit',
			env: { ...process.env, BUILD_LOG_LEVEL: process.env.BUILD_LOG_LEVEL ?? 'warn', SITE_URL: TEST_SITE_URL, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		if (build.status !== 0) {
			console.error('The site did not build, so the browser tests cannot run.');
			process.exit(build.status ?? 1);
		}
	} else {
		console.log(`Using the existing build in ${siteDir}/ (newer than every source file; pass --rebuild to force one)`);
	}
}

const port = process.env.SITE_PORT ?? String(await freePort());
const cli = resolve('node_modules/@playwright/test/cli.js');
const run = spawnSync(process.execPath, [cli, 'test', ...passThrough], {
	stdio: 'inherit',
	env: { ...process.env, SITE_DIR: resolve(siteDir), SITE_PORT: port },
});
process.exit(run.status ?? 1);
