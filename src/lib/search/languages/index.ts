/**
 * The question clean-up table for a page's language. Each table is its own module, loaded when
 * search first runs, so a reader downloads only the words of the language they read. Keys are the
 * site's locales (URL prefixes, src/lib/i18n/locales.ts), which the search page hands to its script.
 */
import type { Locale } from '../../i18n/locales';
import type { SearchLanguage } from './types';

const LOADERS: Record<Locale, () => Promise<SearchLanguage>> = {
	en: () => import('./en').then((m) => m.en),
	de: () => import('./de').then((m) => m.de),
	fr: () => import('./fr').then((m) => m.fr),
	es: () => import('./es').then((m) => m.es),
	it: () => import('./it').then((m) => m.it),
	'pt-br': () => import('./pt-br').then((m) => m.ptBr),
};

/** The table for a locale ("de", "pt-br"); English for a locale the site does not have. */
export function loadSearchLanguage(locale: string): Promise<SearchLanguage> {
	return (LOADERS[locale as Locale] ?? LOADERS.en)();
}
