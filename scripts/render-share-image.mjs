// Renders scripts/share-image.svg into public/share.png (1200×630, the size link previews use)
// with the system Chromium. Run it by hand after editing the SVG and commit both files; the build
// only copies the PNG. Usage: node scripts/render-share-image.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const svg = readFileSync('scripts/share-image.svg', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'share-image-'));
// An HTML wrapper with no margins, so the screenshot is exactly the SVG.
writeFileSync(join(dir, 'share.html'), `<!doctype html><html><body style="margin:0">${svg}</body></html>`);
const out = resolve('public/share.png');
const run = spawnSync(
	chromium,
	[
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--hide-scrollbars',
		'--window-size=1200,630',
		`--screenshot=${out}`,
		`file://${join(dir, 'share.html')}`,
	],
	{ stdio: 'inherit' },
);
rmSync(dir, { recursive: true, force: true });
if (run.status !== 0) process.exit(run.status ?? 1);
console.log(`Wrote ${out}`);
