/**
 * The site's interface words in every language, and the one helper that hands them out:
 *
 *   const t = useTranslations(locale);   // then t.journey.home.title, t.vocabulary.regionLabels[region] …
 *
 * English (src/translations/en/) defines every key; each other language has a folder with the same
 * files and keys (src/translations/de/ …), typed against English so a missing key is a type error,
 * and checked by tests/unit/translations.test.ts with a readable list. A string a language has not
 * translated yet falls back to English rather than breaking a page, and the test names it.
 */
import { DEFAULT_LOCALE, LANG_TAGS, localeFromPath, type Locale } from '../lib/i18n/locales';
import { en, type UiText } from './en';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ptBr } from './pt-br';

export type { UiText };

/** Each language's words. English is complete by definition; the others are checked by tests. */
export const DICTIONARIES: Record<Locale, DeepPartial<UiText>> = { en, de, fr, es, it, 'pt-br': ptBr };

export type DeepPartial<T> = T extends (...args: never[]) => unknown
	? T
	: T extends readonly unknown[]
		? T
		: T extends object
			? { [K in keyof T]?: DeepPartial<T[K]> }
			: T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** English with a language's words laid over it, key by key. */
export function withFallback<T>(english: T, translated: DeepPartial<T> | undefined): T {
	if (translated === undefined) return english;
	if (!isPlainObject(english) || !isPlainObject(translated)) return translated as T;
	const merged: Record<string, unknown> = { ...english };
	for (const [key, value] of Object.entries(translated)) {
		merged[key] = key in english ? withFallback((english as Record<string, unknown>)[key], value as never) : value;
	}
	return merged as T;
}

const cache = new Map<Locale, UiText>();

/** The words for a page in `locale`. */
export function useTranslations(locale: Locale): UiText {
	const cached = cache.get(locale);
	if (cached) return cached;
	const text: UiText = locale === DEFAULT_LOCALE ? en : withFallback<UiText>(en, DICTIONARIES[locale]);
	cache.set(locale, text);
	return text;
}

/** The BCP 47 tag for Intl and lang attributes. */
export function intlLocale(locale: Locale): string {
	return locale === 'en' ? 'en-GB' : LANG_TAGS[locale];
}

/** What a page or component needs to speak its page's language: the locale, the words and the Intl tag. */
export function pageText(url: URL): { locale: Locale; t: UiText; tag: string } {
	const locale = localeFromPath(url.pathname);
	return { locale, t: useTranslations(locale), tag: intlLocale(locale) };
}
