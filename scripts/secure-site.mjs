// Post-build step: makes every built page work under a strict Content-Security-Policy.
//  1. Moves each inline <script> and <style> (Astro's island bootstrap, small inlined styles) into a
//     content-addressed file under /_astro/, so the policy needs no 'unsafe-inline' and no hashes.
//  2. Puts the policy into every page as <meta http-equiv="content-security-policy">, first in <head>
//     so it covers everything after it. Hosts that read public/_headers (or vercel.json, or the nginx
//     snippet in deploy/) also send it as a header, together with frame-ancestors.
// It warns about inline style="" attributes and on*="" handlers: the policy blocks those, and
// tests/site/security.test.ts fails on them.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CSP_META } from './security-policy.mjs';

const INLINE_DIR = '_astro';
/** Script types the browser executes (and CSP therefore governs). JSON data blocks are left alone. */
const EXECUTABLE = new Set(['', 'text/javascript', 'application/javascript', 'module']);

function htmlFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === INLINE_DIR ? [] : htmlFiles(full);
		return entry.name.endsWith('.html') ? [full] : [];
	});
}

function attribute(attrs, name) {
	const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
	return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function hasAttribute(attrs, name) {
	return new RegExp(`\\s${name}(\\s|=|$)`, 'i').test(attrs);
}

/** Writes `text` to /_astro/inline.<hash>.<ext> (once per distinct text) and returns its URL. */
function externalize(outDir, text, ext, written) {
	const hash = createHash('sha256').update(text).digest('base64url').slice(0, 12);
	const name = `inline.${hash}.${ext}`;
	if (!written.has(name)) {
		mkdirSync(join(outDir, INLINE_DIR), { recursive: true });
		writeFileSync(join(outDir, INLINE_DIR, name), text);
		written.add(name);
	}
	return `/${INLINE_DIR}/${name}`;
}

/** Rewrites one page; returns the new HTML and any problems the policy will block. */
export function securePage(html, outDir, written = new Set()) {
	const problems = [];
	let out = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attrs, body) => {
		if (hasAttribute(attrs, 'src')) return whole;
		const type = (attribute(attrs, 'type') ?? '').trim().toLowerCase();
		if (type === 'importmap') {
			problems.push('an inline import map (CSP cannot allow it without a hash)');
			return whole;
		}
		if (!EXECUTABLE.has(type) || body.trim() === '') return whole;
		// async/defer mean nothing on inline scripts; dropping them keeps the moved script's timing.
		const kept = attrs.replace(/\s(async|defer)(?=\s|$)/gi, '');
		return `<script${kept} src="${externalize(outDir, body, 'js', written)}"></script>`;
	});
	out = out.replace(/<style\b([^>]*)>([\s\S]*?)<\/style>/gi, (whole, attrs, body) => {
		if (body.trim() === '') return '';
		const media = attribute(attrs, 'media');
		const href = externalize(outDir, body, 'css', written);
		return `<link rel="stylesheet" href="${href}"${media ? ` media="${media}"` : ''}>`;
	});

	// Attributes the policy blocks. Only look inside tags, not at text that mentions them.
	for (const [, tag] of out.matchAll(/<([a-z][a-z0-9-]*\b[^>]*)>/gi)) {
		if (/\sstyle\s*=/i.test(tag)) problems.push(`style="" on <${tag.slice(0, 60)}…>`);
		const handler = /\s(on[a-z]+)\s*=/i.exec(tag);
		if (handler) problems.push(`${handler[1]}="" on <${tag.slice(0, 60)}…>`);
		if (/\s(?:href|src|action)\s*=\s*["']?\s*javascript:/i.test(tag)) problems.push(`javascript: URL on <${tag.slice(0, 60)}…>`);
	}

	const meta = `<meta http-equiv="content-security-policy" content="${CSP_META}">`;
	out = out.replace(/<meta\s+http-equiv=["']?content-security-policy["']?[^>]*>/gi, '');
	if (/<meta\s+charset=[^>]*>/i.test(out)) out = out.replace(/<meta\s+charset=[^>]*>/i, (m) => `${m}${meta}`);
	else out = out.replace(/<head\b[^>]*>/i, (m) => `${m}${meta}`);
	return { html: out, problems };
}

/** Secures every page in `outDir`. Returns the number of pages and of files moved out of pages. */
export function secureSite(outDir) {
	if (!existsSync(outDir)) throw new Error(`secure-site: ${outDir} does not exist`);
	const written = new Set();
	const files = htmlFiles(outDir);
	for (const file of files) {
		const { html, problems } = securePage(readFileSync(file, 'utf8'), outDir, written);
		writeFileSync(file, html);
		for (const problem of problems) {
			console.warn(`[secure-site] ${relative(outDir, file)}: ${problem} — the Content-Security-Policy blocks this; use a class or a script file instead`);
		}
	}
	console.log(`Added the Content-Security-Policy to ${files.length} pages (moved ${written.size} inline scripts/styles to files)`);
	return { pages: files.length, moved: written.size };
}
