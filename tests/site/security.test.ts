// The Content-Security-Policy holds on every built page, and the host header files that the build
// generated (dist/_headers, dist/.htaccess, deploy/nginx-security-headers.conf, vercel.json) all send
// the same headers, with a policy that allows exactly the inline code the pages contain.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/serve-static.mjs';
import { pages, siteDir } from './site-files';

const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** "a x y; b z" → { a: ['x', 'y'], b: ['z'] } */
function directives(policy: string): Record<string, string[]> {
	return Object.fromEntries(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name!, sources]),
	);
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Every inline script and style on a page, as the browser sees them, with the hash CSP matches. */
function inlineCode(doc: Document): { kind: 'script-src' | 'style-src'; hash: string; preview: string }[] {
	const scripts = [...doc.querySelectorAll('script:not([src])')]
		.filter((s) => EXECUTABLE_TYPES.has((s.getAttribute('type') ?? '').trim().toLowerCase()) && s.textContent !== '')
		.map((s) => ({ kind: 'script-src' as const, hash: hashOf(s.textContent!), preview: s.textContent!.slice(0, 50) }));
	const styles = [...doc.querySelectorAll('style')].map((s) => ({
		kind: 'style-src' as const,
		hash: hashOf(s.textContent!),
		preview: s.textContent!.slice(0, 50),
	}));
	return [...scripts, ...styles];
}

const metaPolicyOf = (doc: Document) => doc.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? '';

// The headers every page gets, as each host reads its own file.
const netlifyFile = join(siteDir, '_headers');
const netlify = existsSync(netlifyFile) ? parseHeadersFile(readFileSync(netlifyFile, 'utf8')) : [];
const everyPage = netlify.find((rule) => rule.path === '/*');
const headers: Record<string, string> = Object.fromEntries(everyPage?.headers ?? []);
const headerPolicy = directives(headers['Content-Security-Policy'] ?? '');

describe('the Content-Security-Policy on every page', () => {
	it.each(pages.map((p) => [p.path, p] as const))('%s carries it in one meta tag, before any script or style', (_path, { doc }) => {
		const metas = doc.querySelectorAll('meta[http-equiv="content-security-policy" i]');
		expect(metas).toHaveLength(1);
		const head = [...doc.head.children];
		const metaAt = head.indexOf(metas[0]!);
		const firstResource = head.findIndex((el) => el.matches('script, style, link[rel="stylesheet"], link[rel="modulepreload"]'));
		if (firstResource >= 0) expect(metaAt).toBeLessThan(firstResource);
		const policy = directives(metaPolicyOf(doc));
		expect(policy['default-src']).toEqual(["'self'"]);
		expect(policy['object-src']).toEqual(["'none'"]);
		expect(policy['base-uri']).toEqual(["'none'"]);
		// Scripts and styles: the site itself, Pagefind's WebAssembly, and hashes of exact inline code. Nothing else.
		expect(policy['script-src']!.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(policy['style-src']!.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
		// frame-ancestors is ignored (with a console warning) in a <meta> tag; the header carries it.
		expect(policy['frame-ancestors']).toBeUndefined();
	});

	it.each(pages.map((p) => [p.path, p] as const))(
		'%s runs no inline code that the meta policy and the header policy do not both allow',
		(_path, { doc }) => {
			const policy = directives(metaPolicyOf(doc));
			const blocked = inlineCode(doc)
				.filter(({ kind, hash }) => !policy[kind]?.includes(hash) || !headerPolicy[kind]?.includes(hash))
				.map(({ kind, preview }) => `${kind}: ${preview}`);
			expect(blocked).toEqual([]);
		},
	);

	it.each(pages.map((p) => [p.path, p] as const))(
		'%s has no inline style attribute, event handler or javascript: link',
		(_path, { doc }) => {
			const problems: string[] = [];
			for (const el of doc.querySelectorAll('*')) {
				for (const attr of el.attributes) {
					if (attr.name === 'style') problems.push(`style="" on <${el.tagName.toLowerCase()}>`);
					if (/^on[a-z]+$/.test(attr.name)) problems.push(`${attr.name}="" on <${el.tagName.toLowerCase()}>`);
					if (['href', 'src', 'action', 'formaction'].includes(attr.name) && /^\s*javascript:/i.test(attr.value))
						problems.push(`javascript: URL on <${el.tagName.toLowerCase()}>`);
				}
			}
			expect(problems).toEqual([]);
		},
	);
});

describe('the header policy (dist/_headers, as Netlify and Cloudflare Pages read it)', () => {
	it('covers every path, with the security headers', () => {
		expect(everyPage, 'a "/*" rule in _headers').toBeDefined();
		expect(headers['Referrer-Policy']).toBe('no-referrer');
		expect(headers['X-Content-Type-Options']).toBe('nosniff');
		expect(headers['X-Frame-Options']).toBe('DENY');
		for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'browsing-topics=()'])
			expect(headers['Permissions-Policy']).toContain(feature);
	});

	it('forbids framing, other origins and inline code without a hash', () => {
		const policy = headers['Content-Security-Policy']!;
		expect(headerPolicy['frame-ancestors']).toEqual(["'none'"]);
		expect(headerPolicy['default-src']).toEqual(["'self'"]);
		expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|https?:/);
		expect(headerPolicy['script-src']!.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(headerPolicy['style-src']!.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
	});

	it('says the same as the meta tag on every page, plus frame-ancestors', () => {
		const disagree = pages
			.map((p) => ({ path: p.path, meta: directives(metaPolicyOf(p.doc)) }))
			.flatMap(({ path, meta }) =>
				Object.entries(meta)
					.map(([name, sources]) => ({ name, sources: sources.filter((s) => !s.startsWith("'sha256-")) }))
					.filter(
						({ name, sources }) => JSON.stringify(headerPolicy[name]?.filter((s) => !s.startsWith("'sha256-"))) !== JSON.stringify(sources),
					)
					.map(({ name }) => `${path}: ${name}`),
			);
		expect(disagree).toEqual([]);
	});

	it('allows no hash that no page needs', () => {
		const needed = new Set(pages.flatMap((p) => inlineCode(p.doc).map((c) => c.hash)));
		const unneeded = [...(headerPolicy['script-src'] ?? []), ...(headerPolicy['style-src'] ?? [])].filter(
			(s) => s.startsWith("'sha256-") && !needed.has(s),
		);
		expect(unneeded).toEqual([]);
	});
});

describe('every host gets the same headers', () => {
	const expected = Object.entries(headers);

	it('Apache: dist/.htaccess', () => {
		const text = readFileSync(join(siteDir, '.htaccess'), 'utf8');
		const set = [...text.matchAll(/^\s*Header always set (\S+) "(.*)"$/gm)].map((m) => [m[1], m[2]]);
		expect(set).toEqual(expected);
		expect(text).toContain('ErrorDocument 404 /404.html');
	});

	it('nginx: deploy/nginx-security-headers.conf', () => {
		const text = readFileSync('deploy/nginx-security-headers.conf', 'utf8');
		const set = [...text.matchAll(/^add_header (\S+) "(.*)" always;$/gm)].map((m) => [m[1], m[2]]);
		expect(set).toEqual(expected);
	});

	it('Vercel: vercel.json, on every path', () => {
		const config = JSON.parse(readFileSync('vercel.json', 'utf8')) as {
			outputDirectory: string;
			headers: { source: string; headers: { key: string; value: string }[] }[];
		};
		expect(config.outputDirectory).toBe('dist');
		const all = config.headers.find((h) => h.source === '/(.*)');
		expect(all?.headers.map((h) => [h.key, h.value])).toEqual(expected);
	});
});
