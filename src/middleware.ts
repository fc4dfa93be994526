/**
 * Keeps readers in their language: on every page rendered in a language other than English, site
 * links written language-neutral ("/faq/") get the page's prefix ("/de/faq/"). See
 * src/lib/i18n/localize-links.ts for what is and is not rewritten. Runs at build time (every page is
 * prerendered); English pages pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LOCALE, localeFromPath } from './lib/i18n/locales';
import { localizeLinks } from './lib/i18n/localize-links';

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const locale = localeFromPath(context.url.pathname);
	if (locale === DEFAULT_LOCALE || !response.headers.get('content-type')?.includes('text/html')) return response;
	const html = await response.text();
	return new Response(localizeLinks(html, locale), { status: response.status, statusText: response.statusText, headers: response.headers });
});
