// What a reader's first search downloads: the search code fetched when search opens, pagefind.js,
// its WebAssembly, the index metadata, the word-index chunks the query needs and the fragments of the
// results the header dialog shows. Each file is fetched from the site's own static server
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
import { en } from '../../src/lib/search/languages/en';
import { runSearch } from '../../src/lib/search/run';
import { fetchedFiles, loadBuiltPagefind } from './search-pagefind';
import { siteDir } from './site-files';
import { CONTENT_TYPES, REGIONS } from '../../src/lib/vocabulary';

const vocabulary = { types: CONTENT_TYPES, regions: REGIONS };

const KB = 1024;
const FIRST_SEARCH_BUDGET = 100 * KB;
/** The query `npm run bench` types into the header dialog. */
const BENCH_QUERY = 'undo objection';
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

/** Search code a guide page fetches when search opens: what its scripts load on demand, less what the page already has. */
function searchCodeFiles(): string[] {
	const html = readFileSync(join(siteDir, 'guide/privacy-implications/index.html'), 'utf8');
	const loaded = closure([...html.matchAll(/<script[^>]+src="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!));
	const onDemand = closure([...loaded].flatMap((src) => imports(src, 'dynamic')));
	return [...onDemand].filter((src) => !loaded.has(src));
}

let run = 0;
async function firstSearch(q: string, results = DIALOG_RESULTS) {
	fetchedFiles.length = 0;
	const pagefind = await loadBuiltPagefind(siteDir, `first-${++run}`);
	const outcome = await runSearch(pagefind, { q, type: '', region: '' }, en, vocabulary, { debounce: 0, pageSize: results });
	const files = [...searchCodeFiles().map((src) => join(siteDir, src)), join(siteDir, 'pagefind', 'pagefind.js'), ...fetchedFiles];
	const unique = [...new Set(files)];
	const sizes = await Promise.all(unique.map(wire));
	const bytes = sizes.reduce((n, b) => n + b, 0);
	return { bytes, files: unique.map((f, i) => ({ file: f.slice(siteDir.length), bytes: sizes[i]! })), results: outcome?.cards.length ?? 0 };
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

describe('a first search', () => {
	it(`for "${BENCH_QUERY}" in the header dialog downloads at most 100 KB`, async () => {
		const { bytes, files, results } = await firstSearch(BENCH_QUERY);
		expect(results).toBe(DIALOG_RESULTS);
		expect(
			files.some((f) => f.file.endsWith('.pagefind')),
			'the WebAssembly is counted',
		).toBe(true);
		expect(files.filter((f) => f.file.endsWith('.pf_fragment'))).toHaveLength(DIALOG_RESULTS);
		const list = files.map((f) => `${f.file} ${kb(f.bytes)}`).join('\n');
		expect(bytes, `${kb(bytes)} in ${files.length} requests:\n${list}`).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
	});

	it('fetches word-index chunks of a few kilobytes, not Pagefind’s 25 KB ones', () => {
		const dir = join(siteDir, 'pagefind', 'index');
		const sizes = readdirSync(dir).map((f) => statSync(join(dir, f)).size);
		expect(sizes.length).toBeGreaterThan(5);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(8 * KB);
	});

	it('for the questions of the test set stays near the budget (reported, and none over 120 KB)', async () => {
		const questions = parse(readFileSync('tests/search/questions.yaml', 'utf8')) as { q: string }[];
		const sizes: { q: string; bytes: number }[] = [];
		for (const { q } of questions) sizes.push({ q, bytes: (await firstSearch(q)).bytes });
		sizes.sort((a, b) => a.bytes - b.bytes);
		const median = sizes[Math.floor(sizes.length / 2)]!.bytes;
		const within = sizes.filter((s) => s.bytes <= FIRST_SEARCH_BUDGET).length;
		console.log(
			`First search for the ${sizes.length} test-set questions: median ${kb(median)}, largest ${kb(sizes.at(-1)!.bytes)} ("${sizes.at(-1)!.q}"), ${within} within 100 KB`,
		);
		expect(sizes.at(-1)!.bytes).toBeLessThanOrEqual(120 * KB);
	});
});
