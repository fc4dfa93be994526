/**
 * Every language's table at once, by locale: for tests and scripts, which search every language.
 * The site's search script loads only its page's table (./index.ts).
 */
import type { Locale } from '../../i18n/locales';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ptBr } from './pt-br';
import type { SearchLanguage } from './types';

export const SEARCH_LANGUAGES: Record<Locale, SearchLanguage> = { en, de, fr, es, it, 'pt-br': ptBr };

/** The table for a locale; English for a locale the site does not have. */
export function searchLanguage(locale: string): SearchLanguage {
	return SEARCH_LANGUAGES[locale as Locale] ?? en;
}
