// The Content-Security-Policy holds on every built page, and every host header file sends the same
// policy and headers as scripts/security-policy.mjs (the single source of truth).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META, SECURITY_HEADERS } from '../../scripts/security-policy.mjs';
import { pages, siteDir } from './site-files';

const docs = pages.map((p) => ({ ...p, doc: new JSDOM(p.html).window.document }));
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'importmap']);

describe('the Content-Security-Policy', () => {
	it('forbids inline code and other origins, and allows only what Pagefind needs', () => {
		expect(CSP_HEADER).toContain("default-src 'self'");
		expect(CSP_HEADER).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(CSP_HEADER).toContain("style-src 'self'");
		expect(CSP_HEADER).toContain("object-src 'none'");
		expect(CSP_HEADER).toContain("base-uri 'none'");
		expect(CSP_HEADER).toContain("frame-ancestors 'none'");
		expect(CSP_HEADER).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
		// frame-ancestors is ignored (with a console warning) in a <meta> tag.
		expect(CSP_META).not.toContain('frame-ancestors');
	});

	it.each(docs.map((d) => [d.path, d.doc] as const))('%s carries the policy in one meta tag, before any script or style', (_path, doc) => {
		const metas = doc.querySelectorAll('meta[http-equiv="content-security-policy" i]');
		expect(metas).toHaveLength(1);
		expect(metas[0]!.getAttribute('content')).toBe(CSP_META);
		const head = [...doc.head.children];
		const metaAt = head.indexOf(metas[0]!);
		const firstResource = head.findIndex((el) => el.matches('script, style, link[rel="stylesheet"], link[rel="modulepreload"]'));
		if (firstResource >= 0) expect(metaAt).toBeLessThan(firstResource);
	});

	it.each(docs.map((d) => [d.path, d.doc] as const))('%s has no inline script, style, event handler or javascript: link', (_path, doc) => {
		const problems: string[] = [];
		for (const script of doc.querySelectorAll('script:not([src])')) {
			const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
			if (EXECUTABLE_TYPES.has(type) && script.textContent!.trim() !== '') problems.push(`inline <script>: ${script.textContent!.slice(0, 60)}`);
		}
		for (const style of doc.querySelectorAll('style')) problems.push(`inline <style>: ${style.textContent!.slice(0, 60)}`);
		for (const el of doc.querySelectorAll('*')) {
			for (const attr of el.attributes) {
				if (attr.name === 'style') problems.push(`style="" on <${el.tagName.toLowerCase()}>`);
				if (/^on[a-z]+$/.test(attr.name)) problems.push(`${attr.name}="" on <${el.tagName.toLowerCase()}>`);
				if (['href', 'src', 'action', 'formaction'].includes(attr.name) && /^\s*javascript:/i.test(attr.value)) problems.push(`javascript: URL on <${el.tagName.toLowerCase()}>`);
			}
		}
		expect(problems).toEqual([]);
	});
});

describe('host header files', () => {
	const headerLines = Object.entries(SECURITY_HEADERS);

	it('the built site ships the _headers file (Netlify, Cloudflare Pages) with every security header', () => {
		const file = join(siteDir, '_headers');
		expect(existsSync(file)).toBe(true);
		const text = readFileSync(file, 'utf8');
		for (const [name, value] of headerLines) expect(text).toContain(`  ${name}: ${value}\n`);
	});

	it('public/.htaccess (Apache) sets every security header', () => {
		const text = readFileSync('public/.htaccess', 'utf8');
		for (const [name, value] of headerLines) expect(text).toContain(`Header always set ${name} "${value}"`);
	});

	it('vercel.json sets every security header on every path', () => {
		const config = JSON.parse(readFileSync('vercel.json', 'utf8')) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
		const all = config.headers.find((h) => h.source === '/(.*)');
		expect(Object.fromEntries(all!.headers.map((h) => [h.key, h.value]))).toEqual(SECURITY_HEADERS);
	});

	it('the nginx snippet (deploy/nginx-security-headers.conf) sets every security header', () => {
		const text = readFileSync('deploy/nginx-security-headers.conf', 'utf8');
		for (const [name, value] of headerLines) expect(text).toContain(`add_header ${name} "${value}" always;`);
	});
});
