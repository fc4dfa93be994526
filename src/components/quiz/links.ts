/**
 * The island's own site links in the page's language: "/settings/" on /de/quiz/ is "/de/settings/".
 * The middleware that puts the language into server-rendered links never sees what React renders in
 * the browser, so the island writes them itself; the server render and hydration then agree.
 * The same rule as localePath (src/lib/i18n/locales.ts; a test checks they agree), without importing
 * it: that module reads the language list from the build scripts, which must not reach the browser.
 * Only the Locale type is imported.
 */
import type { Locale } from '../../lib/i18n/locales';

/** A path on this site that is a page ("/settings/x/", "/faq/#a"), not another site or a file. */
function isSitePage(href: string): boolean {
	const path = href.split(/[?#]/)[0] ?? '';
	return path.startsWith('/') && !path.startsWith('//') && path.endsWith('/');
}

/** `href` in `locale`: site pages get the language prefix (once); other sites and files are left as they are. */
export function sitePath(locale: Locale, href: string): string {
	if (locale === 'en' || !isSitePage(href)) return href;
	return href.startsWith(`/${locale}/`) ? href : `/${locale}${href}`;
}
