// One search index per language: Pagefind splits the pages by their <html lang>, and pagefind.js
// picks the index of the page it runs on, by the same attribute (lower-cased: "pt-BR" → "pt-br").
// These check that every language has its index, that each holds that language's pages and no
// other's, and that every page that searches names an index Pagefind has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANG_TAGS, LOCALES, localeFromPath, type Locale } from '../../src/lib/i18n/locales';
import type { PagefindResultData } from '../../src/lib/search/cards';
import { loadBuiltPagefind } from './search-pagefind';
import { pages, siteDir } from './site-files';

interface Entry {
	version: string;
	languages: Record<string, { hash: string; wasm: string; page_count: number }>;
}

const entry = () => JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as Entry;
/** The index key pagefind.js looks up for a page in `locale`. */
const indexKey = (locale: Locale) => LANG_TAGS[locale].toLowerCase();

describe('the search index', () => {
	it('has one word index per language, each with its own stemming', () => {
		const languages = entry().languages;
		expect(Object.keys(languages).sort()).toEqual(LOCALES.map(indexKey).sort());
		for (const locale of LOCALES) expect(languages[indexKey(locale)]!.wasm, locale).toBe(indexKey(locale));
	});

	it('has an index for the language of every page (pagefind.js would otherwise fall back to the largest)', () => {
		const keys = Object.keys(entry().languages);
		const lost = pages
			.map((p) => ({ path: p.path, lang: /<html[^>]*\slang="([^"]+)"/.exec(p.html)?.[1] }))
			.filter(({ lang }) => !lang || !keys.includes(lang.toLowerCase()))
			.map(({ path, lang }) => `${path} (lang=${lang})`);
		expect(lost).toEqual([]);
	});

	it('gives every page the lang of its URL’s language', () => {
		const wrong = pages
			.filter((p) => p.html.includes('data-pagefind-body'))
			.filter((p) => !p.html.includes(`<html lang="${LANG_TAGS[localeFromPath(p.path)]}"`))
			.map((p) => p.path);
		expect(wrong).toEqual([]);
	});
});

describe.each(LOCALES.map((l) => [l] as const))('the %s index', (locale) => {
	let indexed: PagefindResultData[];

	beforeAll(async () => {
		const pagefind = await loadBuiltPagefind(siteDir, undefined, LANG_TAGS[locale]);
		const all = await pagefind.search(null);
		indexed = await Promise.all(all!.results.map((r) => r.data()));
	});

	it('holds only pages of its language, at their real URLs', () => {
		expect(indexed.length).toBeGreaterThan(30);
		const paths = new Set(pages.map((p) => p.path));
		for (const { url } of indexed) {
			expect(localeFromPath(url), url).toBe(locale);
			expect(paths.has(url), url).toBe(true);
		}
	});

	it('holds the same pages as every other language, each with its type', () => {
		const neutral = indexed.map((d) => (locale === 'en' ? d.url : d.url.slice(locale.length + 1))).sort();
		expect(indexed.length).toBe(entry().languages[indexKey('en')]!.page_count);
		expect(neutral.filter((url) => url.startsWith('/faq/')).length).toBeGreaterThan(10);
		for (const d of indexed) expect(d.filters?.type, d.url).toHaveLength(1);
	});
});
