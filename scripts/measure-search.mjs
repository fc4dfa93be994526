// Measures what search costs a reader. Prints the size of the Pagefind index on disk, and the gzipped
// bytes a first search fetches in one language: the search UI code (header script, the dialog code it
// loads and that language's question clean-up table), pagefind.js, its WebAssembly, the entry and
// metadata files of that language's index, and the index chunks and result fragments that a sample
// query touches (the first 4 results, as the header dialog shows). The word index is in small chunks
// (scripts/pagefind-rechunk.mjs), so a query fetches only the chunks of its words.
// tests/site/search-bytes.test.ts enforces the 100 KB budget with the site's own search code.
// Exits with status 1 when a first search costs more than the budget.
// Usage: node scripts/measure-search.mjs [siteDir=dist] [query=undo] [budgetKB=100] [locale=en]
//   e.g. node scripts/measure-search.mjs dist "widerspruch rückgängig" 100 de
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const [siteDir = 'dist', query = 'undo', budgetArg = '100', locale = 'en'] = process.argv.slice(2);
/** The page's <html lang>, as pagefind.js reads it to pick the language's index ("pt-br" → "pt-BR" reads the same). */
const htmlLang = locale;
const budget = Number(budgetArg) * 1024;
const bundleDir = join(siteDir, 'pagefind');
if (!existsSync(join(bundleDir, 'pagefind.js'))) {
	console.error(`measure-search: ${bundleDir}/pagefind.js not found — build the site first (npm run build)`);
	process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** Bytes on the wire with gzip. Pagefind's .pagefind and .pf_* files are gzip already and sent as they are. */
const wireBytes = (file) => {
	const data = readFileSync(file);
	return /\.(pagefind|pf_\w+)$/.test(file) ? data.length : gzipSync(data).length;
};
const walk = (dir) =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

// 1. The index on disk.
const groups = {
	'index chunks': /\/index\//,
	fragments: /\/fragment\//,
	filters: /\/filter\//,
	'entry and metadata': /(pagefind-entry\.json|\.pf_meta)$/,
};
const sizes = Object.fromEntries(Object.keys(groups).map((k) => [k, { bytes: 0, files: 0 }]));
let total = 0;
for (const file of walk(bundleDir)) {
	const bytes = statSync(file).size;
	total += bytes;
	const rel = `/${relative(bundleDir, file).split(sep).join('/')}`;
	const group = Object.entries(groups).find(([, pattern]) => pattern.test(rel));
	if (group) {
		sizes[group[0]].bytes += bytes;
		sizes[group[0]].files += 1;
	}
}
const indexBytes = Object.values(sizes).reduce((n, s) => n + s.bytes, 0);
console.log(`Search index on disk: ${kb(indexBytes)}`);
for (const [name, s] of Object.entries(sizes)) console.log(`  ${name}: ${kb(s.bytes)} in ${s.files} file(s)`);
console.log(`  whole /pagefind/ folder (with Pagefind's own runtime and unused UI files): ${kb(total)}`);

// 2. The search UI code: the header script on a page, and every /_astro/ module it imports or loads
// later, except the question clean-up tables of other languages (each page loads its own).
const homeFile = join(siteDir, locale === 'en' ? '' : locale, 'index.html');
if (!existsSync(homeFile)) {
	console.error(`measure-search: no page at ${homeFile} — is "${locale}" one of the site's languages?`);
	process.exit(1);
}
const home = readFileSync(homeFile, 'utf8');
const tableLocale = (code) => /\blocale:\s*["'`]([a-z-]+)["'`]\s*,\s*contractions:/.exec(code)?.[1];
const entries = [...home.matchAll(/<script[^>]+src="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]).filter((src) => /search/i.test(src));
const uiFiles = new Set();
const follow = (src) => {
	if (uiFiles.has(src)) return;
	const code = readFileSync(join(siteDir, src), 'utf8');
	if ((tableLocale(code) ?? locale) !== locale) return;
	uiFiles.add(src);
	const refs = [
		...[...code.matchAll(/(?:from\s*|import\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map(
			(m) => new URL(m[1], `http://x${src}`).pathname,
		),
		...[...code.matchAll(/["'`](_astro\/[^"'`]+\.js)["'`]/g)].map((m) => `/${m[1]}`),
	];
	refs.forEach(follow);
};
entries.forEach(follow);

// 3. A first search, run with the site's own pagefind.js in Node; every file it reads is recorded.
const fetched = [];
globalThis.fetch = async (input) => {
	const file = fileURLToPath(String(input instanceof Request ? input.url : input).split('?')[0]);
	fetched.push(file);
	return existsSync(file) ? new Response(readFileSync(file)) : new Response(null, { status: 404 });
};
const pagefind = await import(pathToFileURL(join(bundleDir, 'pagefind.js')).href);
await pagefind.options({ basePath: `${pathToFileURL(bundleDir).href}/`, baseUrl: '/', noWorker: true });
// pagefind.js picks its language's index from <html lang> when it starts; Node has no page, so a stand-in says it.
globalThis.document = { querySelector: (selector) => (selector === 'html' ? { getAttribute: () => htmlLang } : null) };
await pagefind.init();
delete globalThis.document;
const search = await pagefind.search(query);
await Promise.all(search.results.slice(0, 4).map((r) => r.data()));

const rows = [
	['search UI code', [...uiFiles].map((src) => join(siteDir, src))],
	['pagefind.js', [join(bundleDir, 'pagefind.js')]],
	['WebAssembly', fetched.filter((f) => f.endsWith('.pagefind'))],
	['entry and metadata', fetched.filter((f) => /(pagefind-entry\.json|\.pf_meta)$/.test(f))],
	['index chunks', fetched.filter((f) => f.endsWith('.pf_index'))],
	['filter chunks', fetched.filter((f) => f.endsWith('.pf_filter'))],
	['result fragments', fetched.filter((f) => f.endsWith('.pf_fragment'))],
];
console.log(`\nFirst search in ${locale} for "${query}" (${search.results.length} results, first 4 shown), gzipped bytes fetched:`);
let firstSearch = 0;
for (const [name, files] of rows) {
	const unique = [...new Set(files)];
	const bytes = unique.reduce((n, f) => n + wireBytes(f), 0);
	firstSearch += bytes;
	if (unique.length > 0) console.log(`  ${name}: ${kb(bytes)} (${unique.length} file${unique.length === 1 ? '' : 's'})`);
}
const verdict = firstSearch <= budget ? 'within' : 'OVER';
console.log(`  total: ${kb(firstSearch)} — ${verdict} the ${kb(budget)} budget`);
await pagefind.destroy?.();
process.exit(firstSearch <= budget ? 0 : 1);
