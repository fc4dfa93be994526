/**
 * Puts the page's language into the site links of a rendered page, so a reader on /de/ stays in
 * German wherever they click: components and translated Markdown write language-neutral links
 * ("/faq/"), and this turns them into "/de/faq/". Pure; the middleware (src/middleware.ts) applies it
 * to every page Astro renders in a language other than English.
 *
 * Left alone: links to other sites, files rather than pages (/_astro/, /pagefind/, /favicon.svg,
 * /changes.xml …), links already in a language, and any element with `hreflang` (the language
 * switcher and the alternates in <head>, which point at other languages on purpose).
 */
import { DEFAULT_LOCALE, localePath, localeFromPath, type Locale } from './locales';

const TAG = /<(a|form|link)\b[^>]*>/gi;
const ATTRIBUTE = /(\s(?:href|action)=")(\/[^"]*)"/gi;

/** True for a site path that is a page (ends in "/", maybe with #fragment or ?query), not a file. */
export function isPagePath(path: string): boolean {
	const pathname = path.split(/[?#]/)[0] ?? '';
	return pathname.startsWith('/') && !pathname.startsWith('//') && pathname.endsWith('/') && !/^\/(_astro|pagefind)\//.test(pathname);
}

export function localizeLinks(html: string, locale: Locale): string {
	if (locale === DEFAULT_LOCALE) return html;
	return html.replace(TAG, (tag) => {
		if (/\shreflang=/i.test(tag)) return tag;
		// <link> only for rel="next"/"prev"-style page links; stylesheets and icons are files and skipped by isPagePath.
		return tag.replace(ATTRIBUTE, (whole, attribute: string, path: string) => {
			if (!isPagePath(path) || localeFromPath(path) !== DEFAULT_LOCALE) return whole;
			return `${attribute}${localePath(locale, path)}"`;
		});
	});
}
