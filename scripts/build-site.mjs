// Builds the static site and its Pagefind search index into one folder.
// Usage: node scripts/build-site.mjs [outDir]   (default: dist)
// Search only exists after this step: `astro dev` has no index (the search UI says so).
import { build } from 'astro';
import { indexSite } from './pagefind-index.mjs';
import { secureSite } from './secure-site.mjs';

// A site for readers is always a production build, even when called from a test runner that sets
// NODE_ENV=test (Astro would then bundle React and the search UI in development mode).
process.env.NODE_ENV = 'production';

const outDir = process.argv[2] ?? 'dist';
const started = performance.now();
await build({ outDir, logLevel: process.env.BUILD_LOG_LEVEL ?? 'info' });
// Content-Security-Policy on every page (inline scripts/styles moved to files) before indexing.
secureSite(outDir);
await indexSite(outDir);
console.log(`Built site and search index into ${outDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
