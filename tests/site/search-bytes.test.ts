// What a reader's first search downloads: the search code fetched when search opens (with the
// question clean-up table of the page's language), pagefind.js, its WebAssembly, the index metadata
// of the page's language, the word-index chunks the query needs and the fragments of the results
// the header dialog shows. Measured for English and for German (each language has its own index). Each file is fetched from the site's own static server
// (scripts/serve-static.mjs, gzip as a browser asks for it, the real _headers), and its response
// headers and body are counted in bytes, as `npm run bench` counts them in Chromium. Budget: 100 KB
// (issue 12). Bytes only, never timing.
import type { Server } from 'node:http';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve-static.mjs';
import { LANG_TAGS, localePath, type Locale } from '../../src/lib/i18n/locales';
import { SEARCH_LANGUAGES } from '../../src/lib/search/languages/all';
import { runSearch } from '../../src/lib/search/run';
import { fetchedFiles, loadBuiltPagefind, questionFile } from './search-pagefind';
import { siteDir } from './site-files';
import { CONTENT_TYPES, REGIONS } from '../../src/lib/vocabulary';

const vocabulary = { types: CONTENT_TYPES, regions: REGIONS };

const KB = 1024;
const FIRST_SEARCH_BUDGET = 100 * KB;
/** The query `npm run bench` types into the header dialog, and the same words in German (the site's own: "rückgängig machen"). */
const BENCH_QUERY = 'undo objection';
const GERMAN_QUERY = 'widerspruch rückgängig';
/** Results the header dialog shows (search-controller.ts, wireSearchDialog). */
const DIALOG_RESULTS = 4;
let server: Server;
beforeAll(async () => {
	server = (await startServer(siteDir, 0)) as Server;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const wireCache = new Map<string, number>();
/** Bytes on the wire for one file of the build: status line, headers and (gzipped where the server gzips) body. */
function wire(file: string): Promise<number> {
	const path = `/${relative(siteDir, file).split(sep).join('/')}`;
	const known = wireCache.get(path);
	if (known !== undefined) return Promise.resolve(known);
	const { port } = server.address() as AddressInfo;
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
			let body = 0;
			res.on('data', (chunk: Buffer) => (body += chunk.length));
			res.on('end', () => {
				if (res.statusCode !== 200) return reject(new Error(`${path}: HTTP ${res.statusCode}`));
				const head =
					`HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length + res.rawHeaders.reduce((n, v) => n + v.length + 2, 0) + 2; // "Name: value\r\n" per header, then "\r\n"
				wireCache.set(path, head + body);
				resolve(head + body);
			});
		});
		req.on('error', reject);
		req.end();
	});
}

/** Modules a script imports, statically (`from "./x.js"`) or on demand (`import("./x.js")`), as site paths. */
function imports(src: string, kind: 'static' | 'dynamic'): string[] {
	const code = readFileSync(join(siteDir, src), 'utf8');
	const pattern =
		kind === 'static' ? /(?:from\s*|import\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g : /import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;
	return [...code.matchAll(pattern)].map((m) => new URL(m[1]!, `http://site${src}`).pathname);
}

function closure(start: string[]): Set<string> {
	const seen = new Set<string>();
	const visit = (src: string) => {
		if (seen.has(src)) return;
		seen.add(src);
		imports(src, 'static').forEach(visit);
	};
	start.forEach(visit);
	return seen;
}

/** A module that is one language's question clean-up table (src/lib/search/languages/<locale>.ts), and which. */
const tableLocale = (src: string) =>
	/\blocale:\s*["'`]([a-z-]+)["'`]\s*,\s*contractions:/.exec(readFileSync(join(siteDir, src), 'utf8'))?.[1];

/**
 * Search code a guide page in `locale` fetches when search opens: what its scripts load on demand,
 * less what the page already has. Of the language tables the search code can load, only the page's
 * own is fetched.
 */
function searchCodeFiles(locale: Locale): string[] {
	const html = readFileSync(join(siteDir, localePath(locale, '/guide/privacy-implications/'), 'index.html'), 'utf8');
	const loaded = closure([...html.matchAll(/<script[^>]+src="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!));
	// What the page's scripts import on demand, and what that imports on demand in turn (the table).
	const onDemand = new Set<string>();
	const load = (srcs: string[]) => {
		for (const src of closure(srcs.filter((s) => (tableLocale(s) ?? locale) === locale))) {
			if (onDemand.has(src)) continue;
			onDemand.add(src);
			load(imports(src, 'dynamic'));
		}
	};
	load([...loaded].flatMap((src) => imports(src, 'dynamic')));
	return [...onDemand].filter((src) => !loaded.has(src));
}

let run = 0;
async function firstSearch(q: string, locale: Locale = 'en', results = DIALOG_RESULTS) {
	fetchedFiles.length = 0;
	const pagefind = await loadBuiltPagefind(siteDir, `first-${++run}`, LANG_TAGS[locale]);
	const outcome = await runSearch(pagefind, { q, type: '', region: '' }, SEARCH_LANGUAGES[locale], vocabulary, {
		debounce: 0,
		pageSize: results,
	});
	const files = [...searchCodeFiles(locale).map((src) => join(siteDir, src)), join(siteDir, 'pagefind', 'pagefind.js'), ...fetchedFiles];
	const unique = [...new Set(files)];
	const sizes = await Promise.all(unique.map(wire));
	const bytes = sizes.reduce((n, b) => n + b, 0);
	return { bytes, files: unique.map((f, i) => ({ file: f.slice(siteDir.length), bytes: sizes[i]! })), results: outcome?.cards.length ?? 0 };
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

describe('a first search', () => {
	it.each([
		['en', BENCH_QUERY],
		['de', GERMAN_QUERY],
	] as const)('in %s for "%s" in the header dialog downloads at most 100 KB, all of it in its language', async (locale, q) => {
		const { bytes, files, results } = await firstSearch(q, locale);
		console.log(
			`First search (${locale}) for "${q}": ${kb(bytes)} in ${files.length} requests:\n${files.map((f) => `  ${f.file} ${kb(f.bytes)}`).join('\n')}`,
		);
		expect(results).toBe(DIALOG_RESULTS);
		const tag = LANG_TAGS[locale].toLowerCase();
		expect(
			files.filter((f) => f.file.endsWith('.pagefind')).map((f) => f.file),
			'the WebAssembly of its language is counted',
		).toEqual([`/pagefind/wasm.${tag}.pagefind`]);
		const indexFiles = files.filter((f) => /\.pf_(meta|index|fragment)$/.test(f.file));
		expect(
			indexFiles.filter((f) => !f.file.includes(`${tag}_`)).map((f) => f.file),
			'index files of other languages',
		).toEqual([]);
		expect(files.filter((f) => f.file.endsWith('.pf_fragment'))).toHaveLength(DIALOG_RESULTS);
		const tables = files.filter((f) => f.file.startsWith('/_astro/') && tableLocale(f.file));
		expect(
			tables.map((f) => tableLocale(f.file)),
			'the question clean-up table of its language, and no other',
		).toEqual([locale]);
		const list = files.map((f) => `${f.file} ${kb(f.bytes)}`).join('\n');
		expect(bytes, `${kb(bytes)} in ${files.length} requests:\n${list}`).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
	});

	it('fetches word-index chunks of a few kilobytes, not Pagefind’s 25 KB ones', () => {
		const dir = join(siteDir, 'pagefind', 'index');
		const sizes = readdirSync(dir).map((f) => statSync(join(dir, f)).size);
		expect(sizes.length).toBeGreaterThan(5);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(8 * KB);
	});

	it.each(['en', 'de'] as const)(
		'in %s for the questions of the test set stays near the budget (reported, and none over 120 KB)',
		async (locale) => {
			const questions = parse(readFileSync(questionFile(locale), 'utf8')) as { q: string }[];
			const sizes: { q: string; bytes: number }[] = [];
			for (const { q } of questions) sizes.push({ q, bytes: (await firstSearch(q, locale)).bytes });
			sizes.sort((a, b) => a.bytes - b.bytes);
			const median = sizes[Math.floor(sizes.length / 2)]!.bytes;
			const within = sizes.filter((s) => s.bytes <= FIRST_SEARCH_BUDGET).length;
			console.log(
				`First search (${locale}) for the ${sizes.length} test-set questions: median ${kb(median)}, largest ${kb(sizes.at(-1)!.bytes)} ("${sizes.at(-1)!.q}"), ${within} within 100 KB`,
			);
			expect(sizes.at(-1)!.bytes).toBeLessThanOrEqual(120 * KB);
		},
	);
});
