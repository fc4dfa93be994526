/**
 * The site's languages, defined once. English is the source language and lives at the root (`/faq/`);
 * every other language has its prefix (`/de/faq/`). The prefixes come from the translation tooling
 * (scripts/translation-fingerprint.mjs) so the folders under content/translations/ and the URLs
 * cannot drift apart.
 */
import { TRANSLATED_LOCALES } from '../../../scripts/translation-fingerprint.mjs';

export const DEFAULT_LOCALE = 'en';
export const LOCALES = [DEFAULT_LOCALE, ...TRANSLATED_LOCALES] as const;
export type Locale = (typeof LOCALES)[number];
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];
export { TRANSLATED_LOCALES };

/** BCP 47 tags for <html lang>, hreflang and Intl (the URL prefix is lowercase; the tag is not). */
export const LANG_TAGS: Record<Locale, string> = { en: 'en', de: 'de', fr: 'fr', es: 'es', it: 'it', 'pt-br': 'pt-BR' };

/** Each language's name in itself, for the language switcher. */
export const NATIVE_NAMES: Record<Locale, string> = {
	en: 'English',
	de: 'Deutsch',
	fr: 'Français',
	es: 'Español',
	it: 'Italiano',
	'pt-br': 'Português (Brasil)',
};

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language of a site path: "/de/faq/" → "de"; "/faq/" → "en". */
export function localeFromPath(pathname: string): Locale {
	const first = pathname.split('/')[1] ?? '';
	return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** A site path without its language prefix: "/de/faq/" → "/faq/"; "/de/" → "/". */
export function pathWithoutLocale(pathname: string): string {
	const locale = localeFromPath(pathname);
	return locale === DEFAULT_LOCALE ? pathname : pathname.slice(locale.length + 1) || '/';
}

/** A site path in a language: ("de", "/faq/") → "/de/faq/"; ("en", "/faq/") → "/faq/". Fragments and queries are kept. */
export function localePath(locale: Locale, path: string): string {
	if (!path.startsWith('/')) throw new Error(`localePath needs a site path starting with "/", got "${path}"`);
	const neutral = pathWithoutLocale(path);
	return locale === DEFAULT_LOCALE ? neutral : `/${locale}${neutral}`;
}

/** The `locale` parameter of a `[...locale]` route: undefined for English (no prefix). */
export function localeParam(locale: Locale): string | undefined {
	return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** getStaticPaths for a page with no other parameters: one page per language. */
export function localeStaticPaths() {
	return LOCALES.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}

/**
 * getStaticPaths for a page with its own parameters, once per language: `build` gives one language's
 * paths (params without the language, props), and each gets the `locale` param and prop.
 */
export async function localizedPaths<P extends Record<string, string>, T extends object>(
	build: (locale: Locale) => Promise<{ params: P; props: T }[]> | { params: P; props: T }[],
) {
	const perLocale = await Promise.all(
		LOCALES.map(async (locale) =>
			(await build(locale)).map(({ params, props }) => ({
				params: { ...params, locale: localeParam(locale) },
				props: { ...props, locale },
			})),
		),
	);
	return perLocale.flat();
}
