// A tiny static server for a built site, used by the browser tests and Lighthouse.
// It behaves like a static host that reads a _headers file (Netlify, Cloudflare Pages): it sends
// the headers listed in <root>/_headers, so the browser tests check the real security headers.
// It also serves /dir/ as /dir/index.html, redirects /dir to /dir/, answers unknown paths with
// 404.html and status 404, and gzips text when the browser asks for it.
// Usage: node scripts/serve-static.mjs <root> [port]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/** Parses a Netlify/Cloudflare-style _headers file into [{ pattern: RegExp, headers: [[name, value]] }]. */
export function parseHeadersFile(text) {
	const rules = [];
	let current = null;
	for (const raw of text.split(/\r?\n/)) {
		if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
		if (!/^\s/.test(raw)) {
			const path = raw.trim();
			const source = path
				.split('*')
				.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-z]+/gi, '[^/]+'))
				.join('.*');
			current = { path, pattern: new RegExp(`^${source}$`), headers: [] };
			rules.push(current);
			continue;
		}
		const colon = raw.indexOf(':');
		if (current && colon > 0) current.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
	}
	return rules;
}

export function startServer(rootDir, port = 0, host = '127.0.0.1') {
	const root = resolve(rootDir);
	const headersFile = join(root, '_headers');
	const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

	function fileFor(pathname) {
		const full = normalize(join(root, pathname));
		if (full !== root && !full.startsWith(root + sep)) return null;
		if (!existsSync(full)) return null;
		const stat = statSync(full);
		if (stat.isFile()) return { full, redirect: false };
		if (stat.isDirectory()) {
			if (!pathname.endsWith('/')) return { full, redirect: true };
			const index = join(full, 'index.html');
			return existsSync(index) ? { full: index, redirect: false } : null;
		}
		return null;
	}

	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let pathname;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end('Bad request');
			return;
		}
		for (const rule of rules) {
			if (rule.pattern.test(url.pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
		}
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		// Host-only files are not part of the site.
		const hidden = /^\/(_headers|_redirects|\.htaccess)$/.test(pathname);
		let found = hidden ? null : fileFor(pathname);
		if (found?.redirect) {
			res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		let status = 200;
		if (!found) {
			status = 404;
			const notFound = join(root, '404.html');
			found = existsSync(notFound) ? { full: notFound } : null;
			if (!found) {
				res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
				return;
			}
		}
		const type = TYPES[extname(found.full).toLowerCase()] ?? 'application/octet-stream';
		res.setHeader('Content-Type', type);
		if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-cache');
		const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		if (gzip) {
			const body = gzipSync(readFileSync(found.full));
			res.setHeader('Content-Encoding', 'gzip');
			res.setHeader('Vary', 'Accept-Encoding');
			res.setHeader('Content-Length', body.length);
			res.writeHead(status);
			res.end(req.method === 'HEAD' ? undefined : body);
			return;
		}
		res.setHeader('Content-Length', statSync(found.full).size);
		res.writeHead(status);
		if (req.method === 'HEAD') res.end();
		else createReadStream(found.full).pipe(res);
	});

	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolvePromise(server));
	});
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const [rootDir = 'dist', port = '4321'] = process.argv.slice(2);
	if (!existsSync(join(rootDir, 'index.html'))) {
		console.error(`serve-static: ${rootDir}/index.html not found — build the site first (npm run build)`);
		process.exit(1);
	}
	const server = await startServer(rootDir, Number(port));
	const { port: actual } = server.address();
	console.log(`Serving ${rootDir}/ at http://localhost:${actual}/ (press Ctrl+C to stop)`);
}
