// The site in six languages, as a reader and a search engine meet it: each page says its language,
// names its translations, keeps the reader in their language, shows no English interface words
// outside English text, and says when its text is not (or no longer) a current translation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	LANG_TAGS,
	LOCALES,
	TRANSLATED_LOCALES,
	localeFromPath,
	localePath,
	pathWithoutLocale,
	type Locale,
} from '../../src/lib/i18n/locales';
import { useTranslations } from '../../src/translations';
import { en } from '../../src/translations/en';
import { pages, siteDir, type BuiltPage } from './site-files';

const localized = pages.filter((p) => p.path !== '/404.html');
const paths = new Set(pages.map((p) => p.path));

describe('every page in every language', () => {
	it('exists once per language', () => {
		const english = localized.filter((p) => localeFromPath(p.path) === 'en').map((p) => p.path);
		for (const locale of TRANSLATED_LOCALES) {
			expect(
				english.filter((path) => !paths.has(localePath(locale, path))),
				locale,
			).toEqual([]);
		}
	});

	it.each(localized.map((p) => [p.path, p] as const))('%s says its language and names all its translations', (path, page) => {
		const locale = localeFromPath(path);
		expect(page.doc.documentElement.getAttribute('lang')).toBe(LANG_TAGS[locale]);
		const alternates = [...page.doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
			l.getAttribute('hreflang'),
			l.getAttribute('href'),
		]);
		const neutral = pathWithoutLocale(path);
		expect(alternates).toEqual([
			...LOCALES.map((l) => [
				LANG_TAGS[l],
				expect.stringMatching(new RegExp(`^https?://[^/]+${localePath(l, neutral).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)),
			]),
			['x-default', expect.stringMatching(new RegExp(`^https?://[^/]+${neutral.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))],
		]);
	});
});

describe('a reader on a page in another language', () => {
	const samples = TRANSLATED_LOCALES.flatMap((locale) => localized.filter((p) => localeFromPath(p.path) === locale));

	it.each(samples.map((p) => [p.path, p] as const))('%s stays in that language on every site link', (path, page) => {
		const locale = localeFromPath(path);
		const leaving = [...page.doc.querySelectorAll('a[href^="/"]:not([hreflang]), form[action^="/"]')]
			.map((el) => el.getAttribute('href') ?? el.getAttribute('action') ?? '')
			.filter((href) => !/^\/(_astro|pagefind)\/|\.(xml|svg|png|json)$/.test(href.split(/[?#]/)[0]!))
			.filter((href) => localeFromPath(href) !== locale);
		expect(leaving).toEqual([]);
	});

	it.each(samples.map((p) => [p.path, p] as const))('%s can switch to the same page in every language', (path, page) => {
		const switcher = [...page.doc.querySelectorAll('.language-switcher a')].map((a) => a.getAttribute('href'));
		expect(switcher).toEqual(LOCALES.map((l) => localePath(l, pathWithoutLocale(path))));
	});
});

/**
 * English interface sentences (four words or more) that a language translates differently: none may
 * appear on that language's pages outside text marked lang="en" (an untranslated entry, a source title).
 */
function englishSentences(locale: Locale): string[] {
	const found = new Set<string>();
	const walk = (english: unknown, translated: unknown) => {
		if (english && typeof english === 'object' && !Array.isArray(english)) {
			for (const key of Object.keys(english))
				walk((english as Record<string, unknown>)[key], (translated as Record<string, unknown> | undefined)?.[key]);
		} else if (typeof english === 'string' && english !== translated && english.split(/\s+/).length >= 4 && !/[{<]/.test(english)) {
			found.add(english);
		}
	};
	walk(en, useTranslations(locale));
	return [...found];
}

/** The visible text of a page, leaving out what is marked as English on purpose and the sources (kept in their own language). */
function textOutsideEnglish(page: BuiltPage): string {
	const body = page.doc.body.cloneNode(true) as HTMLElement;
	body.querySelectorAll('[lang="en"], .sources, script, style, template').forEach((el) => el.remove());
	return (body.textContent ?? '').replace(/\s+/g, ' ');
}

describe('interface words', () => {
	it.each(TRANSLATED_LOCALES)('on %s pages are never the English ones', (locale) => {
		const sentences = englishSentences(locale);
		const found = localized
			.filter((p) => localeFromPath(p.path) === locale)
			.flatMap((page) => {
				const text = textOutsideEnglish(page);
				return sentences.filter((s) => text.includes(s)).map((s) => `${page.path}: "${s}"`);
			});
		expect(found.slice(0, 20)).toEqual([]);
	});
});

describe('translation status', () => {
	it.each(LOCALES.map((l) => [l] as const))('/translations/ exists in %s and lists every language', (locale) => {
		const page = pages.find((p) => p.path === localePath(locale, '/translations/'))!;
		expect(page).toBeDefined();
		expect([...page.doc.querySelectorAll('ul.translation-status > li')].map((r) => r.getAttribute('data-locale'))).toEqual([
			...TRANSLATED_LOCALES,
		]);
	});

	it('shows no page missing in any language', () => {
		const rows = [...pages.find((p) => p.path === '/translations/')!.doc.querySelectorAll('ul.translation-status > li')];
		const missing = rows.map((r) => [r.getAttribute('data-locale'), r.querySelector('[data-status="missing"]')?.textContent?.trim()]);
		expect(missing).toEqual(TRANSLATED_LOCALES.map((l) => [l, '0']));
	});

	it('marks a translated page that is behind its English page with a notice linking the English', () => {
		const notices = localized.filter((p) => p.doc.querySelector('.translation-notice'));
		for (const page of notices) {
			const notice = page.doc.querySelector('.translation-notice')!;
			expect(notice.querySelector('a[hreflang="en"]')?.getAttribute('href')).toBe(pathWithoutLocale(page.path));
			expect(['missing', 'outdated']).toContain(notice.getAttribute('data-translation-status'));
		}
	});
});

describe('the sitemap', () => {
	it('lists each page with its translations as alternates', () => {
		const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
		const faq = /<url><loc>[^<]*\/faq\/how-do-i-opt-out\/<\/loc>([\s\S]*?)<\/url>/.exec(sitemap)?.[1] ?? '';
		for (const locale of LOCALES) expect(faq).toContain(`hreflang="${LANG_TAGS[locale]}"`);
	});
});
