// `npm run lighthouse`: Lighthouse mobile scores (performance, accessibility, best practices, SEO)
// for the home page, a guide section, the FAQ and the quiz, printed as a table. Not a test: scores
// move with the machine's speed. Writes .bench/lighthouse.json.
// The site is served by scripts/serve-static.mjs, with the real security headers and gzip.
// Uses the system Chromium (CHROME_PATH, default /usr/bin/chromium). Set SITE_DIR to score an
// existing build; otherwise the site is built into a temporary folder first.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from './serve-static.mjs';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

if (!existsSync(CHROME)) {
	console.error(`Chromium is missing at ${CHROME}: install it with \`apt-get install -y chromium\` (Debian) or set CHROME_PATH`);
	process.exit(1);
}
const cli = resolve('node_modules/lighthouse/cli/index.js');
if (!existsSync(cli)) {
	console.error('Lighthouse is not installed: run `npm install` (it is a dev dependency)');
	process.exit(1);
}

let siteDir = process.env.SITE_DIR;
let temp;
if (!siteDir) {
	temp = mkdtempSync(join(tmpdir(), 'ig-ai-lighthouse-'));
	siteDir = join(temp, 'site');
	console.log('Building the site…');
	const built = spawnSync(process.execPath, ['scripts/build-site.mjs', siteDir], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BUILD_LOG_LEVEL: 'error' } });
	if (built.status !== 0) process.exit(built.status ?? 1);
}

const firstGuide = readdirSync(join(siteDir, 'guide'), { withFileTypes: true })
	.filter((e) => e.isDirectory() && e.name !== 'conclusion')
	.map((e) => e.name)
	.sort()[0];
const targets = [
	['home', '/'],
	['guide section', `/guide/${firstGuide}/`],
	['FAQ', '/faq/'],
	['quiz', '/quiz/'],
].filter(([, path]) => existsSync(join(siteDir, path, 'index.html')));

function runLighthouse(url) {
	return new Promise((resolveRun, reject) => {
		const child = spawn(
			process.execPath,
			[
				cli,
				url,
				'--quiet',
				'--output=json',
				'--output-path=stdout',
				`--only-categories=${CATEGORIES.join(',')}`,
				'--chrome-flags=--headless --no-sandbox --disable-gpu',
			],
			{ env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'pipe', 'inherit'] },
		);
		let out = '';
		child.stdout.on('data', (chunk) => (out += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0) return reject(new Error(`Lighthouse exited with ${code} for ${url}`));
			try {
				resolveRun(JSON.parse(out));
			} catch (error) {
				reject(error);
			}
		});
	});
}

const server = await startServer(siteDir, 0);
const base = `http://127.0.0.1:${server.address().port}`;
const rows = [];
try {
	for (const [label, path] of targets) {
		console.log(`Lighthouse (mobile): ${path}`);
		const lhr = await runLighthouse(base + path);
		const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
		const failing = Object.values(lhr.audits)
			.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
			.map((a) => a.id);
		rows.push({
			page: label,
			path,
			...scores,
			lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
			tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
			cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
			failingAudits: failing,
		});
	}
} finally {
	server.close();
	if (temp) rmSync(temp, { recursive: true, force: true });
}

mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/lighthouse.json', `${JSON.stringify({ date: new Date().toISOString(), formFactor: 'mobile', rows }, null, 2)}\n`);

const header = ['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP ms', 'TBT ms', 'CLS'];
const body = rows.map((r) => [r.page, r.path, r.performance, r.accessibility, r['best-practices'], r.seo, r.lcpMs, r.tbtMs, r.cls]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of body) console.log(line(row));
for (const r of rows) if (r.failingAudits.length > 0) console.log(`${r.path}: failing audits: ${r.failingAudits.join(', ')}`);
console.log('\nWrote .bench/lighthouse.json');
