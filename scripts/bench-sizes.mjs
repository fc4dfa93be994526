// Measures what a built page costs a reader: its HTML, the stylesheets it links, and the JavaScript
// it runs without any interaction (page scripts, Astro islands, and every module they import
// statically). Code fetched only on demand (a dynamic import(), such as the search dialog, and
// everything under /pagefind/) is not counted here; measureFirstSearch covers search.
// Used by the byte budgets (tests/site/budgets.test.ts) and by `npm run bench`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size at level 9, as static hosts pre-compress (deterministic: same bytes, same size). */
export function gzipSize(buffer) {
	return gzipSync(buffer, { level: 9 }).length;
}

function attributeValues(html, pattern) {
	return [...html.matchAll(pattern)].map((m) => m[1]).filter(Boolean);
}

/** Module specifiers a JS file imports statically (`import x from "./a.js"`, `import "./b.js"`, `export * from`). */
export function staticImports(code) {
	const found = new Set();
	for (const m of code.matchAll(/(?:^|[;\n}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g)) found.add(m[1]);
	return [...found];
}

function fileOfUrl(siteDir, url) {
	const path = url.split(/[?#]/)[0];
	return join(siteDir, decodeURIComponent(path));
}

/** The local URL path of an HTML page: "/" → index.html, "/faq/" → faq/index.html. */
function htmlFile(siteDir, pagePath) {
	return pagePath.endsWith('/') ? join(siteDir, pagePath, 'index.html') : join(siteDir, pagePath);
}

const isLocal = (url) => url.startsWith('/') && !url.startsWith('//');

/** The CSS and JS a page loads, as site URL paths. */
export function pageAssets(siteDir, pagePath) {
	const html = readFileSync(htmlFile(siteDir, pagePath), 'utf8');
	const css = attributeValues(html, /<link\b(?=[^>]*\brel=["']?stylesheet)[^>]*\bhref=["']?([^"'\s>]+)/gi).filter(isLocal);
	const entries = [
		...attributeValues(html, /<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi),
		...attributeValues(html, /<link\b(?=[^>]*\brel=["']?modulepreload)[^>]*\bhref=["']?([^"'\s>]+)/gi),
		...attributeValues(html, /<astro-island\b[^>]*\bcomponent-url=["']?([^"'\s>]+)/gi),
		...attributeValues(html, /<astro-island\b[^>]*\brenderer-url=["']?([^"'\s>]+)/gi),
		...attributeValues(html, /<astro-island\b[^>]*\bbefore-hydration-url=["']?([^"'\s>]+)/gi),
	].filter((url) => isLocal(url) && !url.startsWith('/pagefind/'));
	const js = new Set();
	const queue = [...entries];
	while (queue.length > 0) {
		const url = queue.shift();
		if (js.has(url)) continue;
		const file = fileOfUrl(siteDir, url);
		if (!existsSync(file)) continue;
		js.add(url);
		for (const spec of staticImports(readFileSync(file, 'utf8'))) {
			if (spec.startsWith('./') || spec.startsWith('../')) queue.push(posix.normalize(posix.join(posix.dirname(url), spec)));
			else if (isLocal(spec)) queue.push(spec);
		}
	}
	return { html, css: [...new Set(css)], js: [...js] };
}

function sumSizes(siteDir, urls) {
	let bytes = 0;
	let gzip = 0;
	for (const url of urls) {
		const buffer = readFileSync(fileOfUrl(siteDir, url));
		bytes += buffer.length;
		gzip += gzipSize(buffer);
	}
	return { bytes, gzip };
}

/** Bytes (raw and gzipped) of a page's HTML, CSS and JS. */
export function pageWeight(siteDir, pagePath) {
	const assets = pageAssets(siteDir, pagePath);
	const htmlBuffer = Buffer.from(assets.html);
	return {
		path: pagePath,
		html: { bytes: htmlBuffer.length, gzip: gzipSize(htmlBuffer) },
		css: sumSizes(siteDir, assets.css),
		js: sumSizes(siteDir, assets.js),
		cssFiles: assets.css,
		jsFiles: assets.js,
	};
}

/** Total size of a folder, counting every file (used for the Pagefind index). */
export function folderSize(dir) {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) {
			const sub = folderSize(full);
			bytes += sub.bytes;
			files += sub.files;
		} else {
			bytes += statSync(full).size;
			files += 1;
		}
	}
	return { bytes, files };
}

export const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/** Module specifiers a JS file loads on demand (`import("./a.js")`, as the bundler writes dynamic imports). */
export function dynamicImports(code) {
	return [...new Set([...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]))];
}

function closure(siteDir, entries, follow) {
	const seen = new Set();
	const queue = [...entries];
	while (queue.length > 0) {
		const url = queue.shift();
		if (seen.has(url)) continue;
		const file = fileOfUrl(siteDir, url);
		if (!existsSync(file)) continue;
		seen.add(url);
		for (const spec of follow(readFileSync(file, 'utf8'))) {
			if (spec.startsWith('./') || spec.startsWith('../')) queue.push(posix.normalize(posix.join(posix.dirname(url), spec)));
			else if (isLocal(spec)) queue.push(spec);
		}
	}
	return seen;
}

/**
 * The quiz island's JavaScript on a page, in three parts (gzipped and raw):
 * - upFront: everything the page loads without interaction (as pageWeight counts it);
 * - own: the part of it that only the island's component needs (the quiz's own code);
 *   upFront minus own is what the page would load with a bare React island in its place, minus that
 *   bare component's few bytes: the React floor of this build;
 * - onDemand: chunks the island loads later with import() (saving and share links at start, the
 *   plan when it shows), not already loaded up front.
 */
export function islandWeight(siteDir, pagePath) {
	const assets = pageAssets(siteDir, pagePath);
	const html = assets.html;
	const components = attributeValues(html, /<astro-island\b[^>]*\bcomponent-url=["']?([^"'\s>]+)/gi);
	const upFront = new Set(assets.js);
	const fromComponents = closure(siteDir, components, staticImports);
	// Chunks that another up-front script (the React renderer, the island runtime, the search loader)
	// also needs are part of the floor, not the quiz's own code.
	const shared = closure(
		siteDir,
		[...upFront].filter((u) => !fromComponents.has(u)),
		staticImports,
	);
	const own = [...fromComponents].filter((u) => !shared.has(u));
	const lazyEntries = [...fromComponents].flatMap((u) =>
		dynamicImports(readFileSync(fileOfUrl(siteDir, u), 'utf8')).map((s) => posix.normalize(posix.join(posix.dirname(u), s))),
	);
	const onDemand = [...closure(siteDir, lazyEntries, (code) => [...staticImports(code), ...dynamicImports(code)])].filter(
		(u) => !upFront.has(u),
	);
	const upFrontSize = sumSizes(siteDir, [...upFront]);
	const ownSize = sumSizes(siteDir, own);
	return {
		upFront: upFrontSize,
		own: ownSize,
		floor: { bytes: upFrontSize.bytes - ownSize.bytes, gzip: upFrontSize.gzip - ownSize.gzip },
		onDemand: sumSizes(siteDir, onDemand),
		ownFiles: own,
		onDemandFiles: onDemand,
	};
}
