/**
 * Content in the reader's language. Every page asks for entries through src/data/content.ts, which uses this:
 * English entries come back as they are; for another language, each entry carries its translation's
 * text over the English data (src/lib/i18n/merge.ts) and says how current that translation is.
 *
 * - current: the translation was stamped against the English as it is now;
 * - outdated: the English text changed since (the page says the English is newer, and links it);
 * - missing: no translation yet (the page shows the English text and says so).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { englishFingerprint } from '../../scripts/translation-fingerprint.mjs';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n/locales';
import { mergeTranslation } from '../lib/i18n/merge';

export type TranslatableCollection = 'guide' | 'faq' | 'pages' | 'tips' | 'settings' | 'regions' | 'changes';
export type TranslationStatus = 'english' | 'current' | 'outdated' | 'missing';

const TRANSLATION_COLLECTION = {
	guide: 'guideTranslations',
	faq: 'faqTranslations',
	pages: 'pagesTranslations',
	tips: 'tipsTranslations',
	settings: 'settingsTranslations',
	regions: 'regionsTranslations',
	changes: 'changesTranslations',
} as const;
type TranslationCollection = (typeof TRANSLATION_COLLECTION)[TranslatableCollection];

export interface TranslationInfo {
	locale: Locale;
	status: TranslationStatus;
	/** What `render()` takes for this page's body: the translation, or the English entry when there is none. */
	renderable: CollectionEntry<TranslatableCollection> | CollectionEntry<TranslationCollection>;
}

/** An entry in a language: the English id and language-neutral data, with the translation's text. */
export type Localized<C extends TranslatableCollection> = CollectionEntry<C> & { i18n: TranslationInfo };

const translationsByCollection = new Map<TranslatableCollection, Promise<Map<string, CollectionEntry<TranslationCollection>>>>();

function translationsOf(collection: TranslatableCollection) {
	let loaded = translationsByCollection.get(collection);
	if (!loaded) {
		loaded = getCollection(TRANSLATION_COLLECTION[collection]).then(
			(entries) =>
				new Map(entries.map((entry) => [entry.id.replace(`/${collection}/`, '/'), entry as CollectionEntry<TranslationCollection>])),
		);
		translationsByCollection.set(collection, loaded);
	}
	return loaded;
}

const fingerprints = new Map<string, string>();

/** The English entry's fingerprint, from its file as written (the same function `npm run translations` uses). */
function fingerprintOf(collection: TranslatableCollection, entry: CollectionEntry<TranslatableCollection>): string {
	const key = `${collection}/${entry.id}`;
	let fingerprint = fingerprints.get(key);
	if (fingerprint === undefined) {
		if (!entry.filePath) throw new Error(`${key}: the content loader gave no file path, so its translations cannot be checked`);
		fingerprint = englishFingerprint(collection, readFileSync(resolve(process.cwd(), entry.filePath), 'utf8'));
		fingerprints.set(key, fingerprint);
	}
	return fingerprint;
}

/** Entries of a collection in a language, in the order given. */
export async function localize<C extends TranslatableCollection>(
	collection: C,
	entries: CollectionEntry<C>[],
	locale: Locale,
): Promise<Localized<C>[]> {
	if (locale === DEFAULT_LOCALE) {
		return entries.map((entry) => ({ ...entry, i18n: { locale, status: 'english', renderable: entry } }));
	}
	const translations = await translationsOf(collection);
	return entries.map((entry) => {
		const translation = translations.get(`${locale}/${entry.id}`);
		if (!translation) return { ...entry, i18n: { locale, status: 'missing', renderable: entry } };
		const where = `content/translations/${locale}/${collection}/${entry.id}`;
		const data = mergeTranslation(entry.data as Record<string, unknown>, translation.data as Record<string, unknown>, where);
		const status: TranslationStatus = translation.data.translatedFrom === fingerprintOf(collection, entry) ? 'current' : 'outdated';
		return {
			...entry,
			data: data as CollectionEntry<C>['data'],
			body: translation.body,
			i18n: { locale, status, renderable: translation },
		};
	});
}

/** One entry in a language. */
export async function localizeOne<C extends TranslatableCollection>(
	collection: C,
	entry: CollectionEntry<C>,
	locale: Locale,
): Promise<Localized<C>> {
	const [localized] = await localize(collection, [entry], locale);
	return localized!;
}

/** Renders an entry's body in its language: the translation's, or the English one where there is none. */
export function renderLocalized(entry: Localized<TranslatableCollection>) {
	return render(entry.i18n.renderable);
}
