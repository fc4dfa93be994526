// `npm run bench`: what the site costs to build and to read, now and as it grows. Not a test: it
// prints a table and writes .bench/bench.json for comparing runs.
//  1. Builds the real site into a temp folder: build time and page count.
//  2. Bytes per page type (HTML, CSS, JS; raw and gzipped), from the built files.
//  3. The Pagefind index on disk, and the bytes a first search transfers, measured in Chromium
//     (open a guide page, press Ctrl+K, type a query, wait for results).
//  4. The quiz page's JavaScript against the React floor: a temporary copy of the project with one
//     extra page holding a bare React 19 island (same layout, same build), so both are measured in
//     one build; plus the floor worked out from the real build (page JS minus the quiz's own chunks),
//     which the byte budget in tests/site/budgets.test.ts uses.
//  5. A scale run: a temporary copy of the project (node_modules symlinked) with 1,000 and then
//     5,000 synthetic FAQ entries (valid against the schema, citing one synthetic source), built and
//     measured the same way.
// Usage: npm run bench [-- --sizes=1000,5000] [-- --no-scale]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { addSyntheticFaq, makeSandbox, removeSandbox } from './bench-sandbox.mjs';
import { folderSize, islandWeight, kb, pageWeight } from './bench-sizes.mjs';
import { startServer } from './serve-static.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = process.argv.slice(2);
const sizesArg = args.find((a) => a.startsWith('--sizes='));
const scaleSizes = args.includes('--no-scale') ? [] : (sizesArg ? sizesArg.slice(8).split(',') : ['1000', '5000']).map(Number);
const QUERY = 'undo objection';

function htmlPages(siteDir) {
	const walk = (dir) =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
			const full = join(dir, e.name);
			if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : walk(full);
			return e.name.endsWith('.html') ? [full] : [];
		});
	return walk(siteDir).map((file) => {
		const rel = relative(siteDir, file).split(sep).join('/');
		return rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -10)}` : `/${rel}`;
	});
}

/** Builds the project at `cwd` into `outDir`; returns the wall-clock seconds. */
function build(cwd, outDir) {
	const started = performance.now();
	const run = spawnSync(process.execPath, ['scripts/build-site.mjs', outDir], {
		cwd,
		env: { ...process.env, BUILD_LOG_LEVEL: 'error' },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	const seconds = (performance.now() - started) / 1000;
	if (run.status !== 0) {
		console.error(run.stdout, run.stderr);
		throw new Error(`The build in ${cwd} failed`);
	}
	return Math.round(seconds * 10) / 10;
}

const PAGE_TYPES = [
	['home', (p) => p === '/'],
	['guide section', (p) => /^\/guide\/[^/]+\/$/.test(p)],
	['FAQ entry', (p) => /^\/faq\/[^/]+\/$/.test(p)],
	['FAQ index', (p) => p === '/faq/'],
	['setting', (p) => /^\/settings\/[^/]+\/$/.test(p)],
	['quiz', (p) => p === '/quiz/'],
	['search', (p) => p === '/search/'],
	['other', () => true],
];

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** Median bytes per page type (and the largest page's gzipped HTML). */
function weightsByType(siteDir, paths) {
	const groups = new Map();
	for (const path of paths) {
		const [type] = PAGE_TYPES.find(([, match]) => match(path));
		if (!groups.has(type)) groups.set(type, []);
		groups.get(type).push(pageWeight(siteDir, path));
	}
	return PAGE_TYPES.filter(([type]) => groups.has(type)).map(([type]) => {
		const weights = groups.get(type);
		const m = (pick) => median(weights.map(pick));
		return {
			type,
			pages: weights.length,
			html: m((w) => w.html.bytes),
			htmlGzip: m((w) => w.html.gzip),
			htmlGzipMax: Math.max(...weights.map((w) => w.html.gzip)),
			css: m((w) => w.css.bytes),
			cssGzip: m((w) => w.css.gzip),
			js: m((w) => w.js.bytes),
			jsGzip: m((w) => w.js.gzip),
		};
	});
}

function indexSize(siteDir) {
	const dir = join(siteDir, 'pagefind');
	const part = (name) => (existsSync(join(dir, name)) ? folderSize(join(dir, name)).bytes : 0);
	const meta = readdirSync(dir)
		.filter((f) => f.endsWith('.pf_meta') || f === 'pagefind-entry.json')
		.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
	const index = part('index');
	const fragments = part('fragment');
	const filters = part('filter');
	return { total: index + fragments + filters + meta, index, fragments, filters, meta, folder: folderSize(dir).bytes };
}

/**
 * Bytes transferred (gzipped where the server compresses) by a first search in Chromium: everything
 * requested after a guide page has loaded, from pressing Ctrl+K to the results showing.
 */
async function measureFirstSearch(siteDir) {
	if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
	const { chromium } = await import('@playwright/test');
	const server = await startServer(siteDir, 0);
	const base = `http://127.0.0.1:${server.address().port}`;
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
	});
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		const transfers = [];
		page.on('requestfinished', async (request) => {
			const sizes = await request.sizes().catch(() => null);
			if (sizes) transfers.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
		});
		const guide = htmlPages(siteDir).find((p) => /^\/guide\/[^/]+\/$/.test(p)) ?? '/';
		await page.goto(base + guide, { waitUntil: 'networkidle' });
		const pageLoad = transfers.reduce((n, t) => n + t.bytes, 0);
		const before = transfers.length;
		let results;
		if ((await page.locator('#search-dialog-input').count()) > 0) {
			await page.keyboard.press('Control+k');
			await page.locator('#search-dialog-input').fill(QUERY);
			await page.locator('dialog[open] li a[href]').first().waitFor({ timeout: 30_000 });
			await page.waitForLoadState('networkidle');
			results = await page.locator('dialog[open] li a[href]').count();
		} else {
			// No search UI in this build: ask Pagefind directly, for the first 8 results.
			results = await page.evaluate(async (q) => {
				const pagefind = await import('/pagefind/pagefind.js');
				const search = await pagefind.search(q);
				await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
				return search.results.length;
			}, QUERY);
			await page.waitForLoadState('networkidle');
		}
		await new Promise((r) => setTimeout(r, 300));
		const search = transfers.slice(before);
		const sum = (filter) => search.filter((t) => filter(new URL(t.url).pathname)).reduce((n, t) => n + t.bytes, 0);
		return {
			query: QUERY,
			results,
			pageLoadBytes: pageLoad,
			firstSearchBytes: sum(() => true),
			pagefindBytes: sum((p) => p.startsWith('/pagefind/')),
			requests: search.length,
		};
	} finally {
		await browser.close();
		server.close();
	}
}

async function measureSite(siteDir, buildSeconds) {
	const paths = htmlPages(siteDir);
	return {
		buildSeconds,
		pages: paths.length,
		faqEntries: paths.filter((p) => /^\/faq\/[^/]+\/$/.test(p)).length,
		byType: weightsByType(siteDir, paths),
		index: indexSize(siteDir),
		firstSearch: await measureFirstSearch(siteDir),
	};
}

const FLOOR_PAGE = `---
// Added by the bench only (never in the real site): the React floor, a bare island on the site's layout.
import BaseLayout from '../layouts/BaseLayout.astro';
import ReactFloor from '../components/ReactFloor';
---
<BaseLayout title="React floor" description="A bare React island, for measuring the quiz against." indexed={false}>
	<ReactFloor client:load />
</BaseLayout>
`;
const FLOOR_COMPONENT = `export default function ReactFloor() {\n\treturn <p>React floor</p>;\n}\n`;

/** The quiz page and a bare React island page, built together in a copy of the project. */
function measureReactFloor(root) {
	const sandbox = makeSandbox(root, 'bench-floor');
	try {
		writeFileSync(join(sandbox, 'src/pages/react-floor.astro'), FLOOR_PAGE);
		writeFileSync(join(sandbox, 'src/components/ReactFloor.tsx'), FLOOR_COMPONENT);
		const out = join(sandbox, 'dist');
		build(sandbox, out);
		const floor = pageWeight(out, '/react-floor/');
		const quiz = pageWeight(out, '/quiz/');
		return { floorGzip: floor.js.gzip, floorFiles: floor.jsFiles, quizGzip: quiz.js.gzip };
	} finally {
		removeSandbox(sandbox);
	}
}

// ---- run ----
const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'ig-ai-bench-'));
const report = { date: new Date().toISOString(), node: process.version, site: null, scale: [] };
try {
	console.log('Building the site…');
	const siteDir = join(work, 'site');
	report.site = await measureSite(siteDir, build(root, siteDir));
	const island = islandWeight(siteDir, '/quiz/');
	console.log('Building a copy with a bare React island page, for the React floor…');
	report.quiz = {
		upFrontGzip: island.upFront.gzip,
		ownGzip: island.own.gzip,
		onDemandGzip: island.onDemand.gzip,
		floorDerivedGzip: island.floor.gzip,
		...measureReactFloor(root),
		ownFiles: island.ownFiles,
		onDemandFiles: island.onDemandFiles,
	};

	for (const count of scaleSizes) {
		console.log(`Scale run: building with ${count} synthetic FAQ entries…`);
		const sandbox = makeSandbox(root, `bench-${count}`);
		try {
			addSyntheticFaq(sandbox, count);
			const out = join(sandbox, 'dist');
			const seconds = build(sandbox, out);
			const measured = await measureSite(out, seconds);
			const faqIndex = measured.byType.find((t) => t.type === 'FAQ index');
			report.scale.push({
				syntheticFaq: count,
				buildSeconds: seconds,
				pages: measured.pages,
				index: measured.index,
				faqIndexHtmlGzip: faqIndex?.htmlGzip ?? 0,
				firstSearch: measured.firstSearch,
			});
		} finally {
			removeSandbox(sandbox);
		}
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}

mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/bench.json', `${JSON.stringify(report, null, 2)}\n`);

// ---- print ----
const table = (rows) => {
	const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
	for (const [n, row] of rows.entries()) {
		console.log(`| ${row.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`);
		if (n === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
	}
};
const s = report.site;
console.log(`\nSite: ${s.pages} pages built in ${s.buildSeconds} s (build + search index)\n`);
console.log('Bytes per page type (median; KB; gz = gzip -9):');
table([
	['page type', 'pages', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz', 'HTML+CSS gz'],
	...s.byType.map((t) => [t.type, t.pages, kb(t.html), kb(t.htmlGzip), kb(t.css), kb(t.cssGzip), kb(t.js), kb(t.jsGzip), kb(t.htmlGzip + t.cssGzip)]),
]);
const fs = s.firstSearch;
console.log(
	`\nSearch index: ${kb(s.index.total)} KB on disk (index chunks ${kb(s.index.index)}, fragments ${kb(s.index.fragments)}, filters ${kb(s.index.filters)}, metadata ${kb(s.index.meta)}; whole /pagefind/ folder ${kb(s.index.folder)} KB)`,
);
console.log(
	fs.skipped
		? `First search: not measured (${fs.skipped})`
		: `First search for "${fs.query}": ${kb(fs.firstSearchBytes)} KB transferred in ${fs.requests} requests (${kb(fs.pagefindBytes)} KB of it Pagefind), ${fs.results} result links shown; the guide page itself was ${kb(fs.pageLoadBytes)} KB`,
);
const q = report.quiz;
console.log(
	`\nQuiz page JavaScript (gzip -9): ${kb(q.upFrontGzip)} KB up front (${kb(q.ownGzip)} KB of it the quiz's own), then ${kb(q.onDemandGzip)} KB on demand (saving and share links right after start, the plan when it shows).`,
);
console.log(
	`React floor: a bare React 19 island page built with it ${kb(q.floorGzip)} KB (quiz page in that build ${kb(q.quizGzip)} KB: ${(q.quizGzip / q.floorGzip).toFixed(3)}x); worked out from the real build ${kb(q.floorDerivedGzip)} KB (${(q.upFrontGzip / q.floorDerivedGzip).toFixed(3)}x, the budget's figure, limit 1.05x).`,
);
if (report.scale.length > 0) {
	console.log('\nScale run (synthetic FAQ entries added to the real content):');
	table([
		['synthetic FAQ', 'pages', 'build s', 'index KB', 'fragments KB', 'first search KB', '/faq/ HTML gz KB'],
		[0, s.pages, s.buildSeconds, kb(s.index.total), kb(s.index.fragments), fs.skipped ? '-' : kb(fs.firstSearchBytes), kb(s.byType.find((t) => t.type === 'FAQ index')?.htmlGzip ?? 0)],
		...report.scale.map((r) => [r.syntheticFaq, r.pages, r.buildSeconds, kb(r.index.total), kb(r.index.fragments), r.firstSearch.skipped ? '-' : kb(r.firstSearch.firstSearchBytes), kb(r.faqIndexHtmlGzip)]),
	]);
}
console.log('\nWrote .bench/bench.json');
