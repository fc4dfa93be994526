// Builds the static site and its Pagefind search index into one folder.
// Usage: node scripts/build-site.mjs [outDir]   (default: dist)
// Search only exists after this step: `astro dev` has no index (the search UI says so).
import { build } from 'astro';
import { indexSite } from './pagefind-index.mjs';

const outDir = process.argv[2] ?? 'dist';
const started = performance.now();
await build({ outDir, logLevel: process.env.BUILD_LOG_LEVEL ?? 'info' });
await indexSite(outDir);
console.log(`Built site and search index into ${outDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
