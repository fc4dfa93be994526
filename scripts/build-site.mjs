// Builds the static site and its Pagefind search index into one folder.
// Usage: node scripts/build-site.mjs [outDir]   (default: dist)
// Search only exists after this step: `astro dev` has no index (the search UI says so).
// Astro's own security.csp puts the Content-Security-Policy into every page, and the host-headers
// integration (scripts/host-headers.mjs) writes the host header files; see astro.config.mjs.
import { build } from 'astro';
import { indexSite } from './pagefind-index.mjs';
import { isLocal, siteUrl } from './site-url.mjs';

// A site for readers is always a production build, even when called from a test runner that sets
// NODE_ENV=test (Astro would then bundle React and the search UI in development mode).
process.env.NODE_ENV = 'production';
// The site sends nothing anywhere, and neither does building it.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const outDir = process.argv[2] ?? 'dist';
const site = siteUrl(process.env);
const started = performance.now();
await build({ outDir, logLevel: process.env.BUILD_LOG_LEVEL ?? 'info' });
await indexSite(outDir);
console.log(`Built site and search index into ${outDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s, for ${site.url}`);
if (isLocal(site.url)) {
	console.log(
		'Canonical links and the sitemap point to this machine. To deploy, build with the public address: SITE_URL=https://example.org npm run build',
	);
}
