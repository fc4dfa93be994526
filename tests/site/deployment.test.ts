// A build for deployment (the test build is made for https://example.org) points search engines and
// link previews at the public site, never at this machine: canonical links, Open Graph and Twitter
// card meta, the sitemap. Every page gets a title, description, site name and the share image.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { localeFromPath } from '../../src/lib/i18n/locales';
import { useTranslations } from '../../src/translations';
import { pages, siteDir } from './site-files';

const siteUrl = inject('siteUrl');
const LOCAL = /\b(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])\b/i;

const meta = (doc: Document, key: string) =>
	doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;

/** The sitemap's page addresses, following the index to each sitemap file. */
function sitemapUrls(): string[] {
	const index = readFileSync(join(siteDir, 'sitemap-index.xml'), 'utf8');
	const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	return files.flatMap((file) => [...readFileSync(join(siteDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
}

describe('a build for deployment', () => {
	it('was made for a public address', () => {
		expect(siteUrl, 'build the site under test with SITE_URL set').toBeDefined();
		expect(siteUrl).not.toMatch(LOCAL);
	});

	it('mentions localhost on no page, in no sitemap and in no host file', () => {
		const files = [
			...pages.map((p) => ({ name: p.path, text: p.html })),
			...readdirSync(siteDir)
				.filter((f) => /\.xml$|^_headers$|^\.htaccess$|^robots\.txt$/.test(f))
				.map((f) => ({ name: f, text: readFileSync(join(siteDir, f), 'utf8') })),
		];
		expect(files.filter((f) => LOCAL.test(f.text)).map((f) => f.name)).toEqual([]);
	});

	it.each(pages.filter((p) => p.path !== '/404.html').map((p) => [p.path, p] as const))(
		'%s has a canonical link and og:url to its own public address',
		(path, { doc }) => {
			const expected = new URL(path, siteUrl).href;
			expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(expected);
			expect(meta(doc, 'og:url')).toBe(expected);
		},
	);
});

describe('link previews', () => {
	it.each(pages.map((p) => [p.path, p] as const))('%s has Open Graph and Twitter card meta with the share image', (path, { doc }) => {
		const description = doc.querySelector('meta[name="description"]')?.getAttribute('content');
		expect(meta(doc, 'og:title')?.length ?? 0).toBeGreaterThan(3);
		expect(doc.title).toContain(meta(doc, 'og:title'));
		expect(meta(doc, 'og:description')).toBe(description);
		expect(meta(doc, 'og:site_name')).toBe(useTranslations(path === '/404.html' ? 'en' : localeFromPath(path)).site.name);
		expect(meta(doc, 'og:type')).toBe('website');
		expect(meta(doc, 'og:image')).toBe(new URL('/share.png', siteUrl).href);
		expect(meta(doc, 'og:image:alt')?.length ?? 0).toBeGreaterThan(10);
		expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
		expect(meta(doc, 'twitter:title')).toBe(meta(doc, 'og:title'));
		expect(meta(doc, 'twitter:description')).toBe(description);
		expect(meta(doc, 'twitter:image')).toBe(meta(doc, 'og:image'));
	});

	it('use a 1200 × 630 PNG that the site serves itself', () => {
		const png = readFileSync(join(siteDir, 'share.png'));
		// PNG signature, then the IHDR chunk: width and height as 32-bit big-endian numbers.
		expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		// Small enough for a preview fetched over a phone connection.
		expect(png.length).toBeLessThan(150 * 1024);
	});
});

describe('the sitemap', () => {
	it('exists as dist/sitemap-index.xml and lists every page but the 404 page, at its public address', () => {
		expect(existsSync(join(siteDir, 'sitemap-index.xml'))).toBe(true);
		const listed = sitemapUrls().sort();
		const expected = pages
			.filter((p) => p.path !== '/404.html')
			.map((p) => new URL(p.path, siteUrl).href)
			.sort();
		expect(listed).toEqual(expected);
	});
});
