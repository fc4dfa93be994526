/**
 * Which translations are current, outdated or missing, per language and page: what /translations/
 * shows and what the tests check. Uses the same statuses the pages themselves show (translated.ts).
 */
import { getCollection } from 'astro:content';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../lib/i18n/locales';
import { localize, type TranslatableCollection, type TranslationStatus } from './translated';

export interface EntryStatus {
	collection: TranslatableCollection;
	id: string;
	/** The title in that language (English where there is no translation). */
	title: string;
	/** The page's path without a language prefix. */
	path: string;
	status: Exclude<TranslationStatus, 'english'>;
}

const COLLECTIONS: TranslatableCollection[] = ['guide', 'pages', 'faq', 'settings', 'regions', 'tips', 'changes'];

function pathOf(collection: TranslatableCollection, id: string): string {
	switch (collection) {
		case 'guide':
			return `/guide/${id}/`;
		case 'faq':
			return `/faq/${id}/`;
		case 'pages':
			return id === 'conclusion' ? '/guide/conclusion/' : `/${id}/`;
		case 'settings':
			return `/settings/${id}/`;
		case 'regions':
			return `/regions/${id}/`;
		case 'tips':
			return `/tips/#${id}`;
		case 'changes':
			return `/changes/#${id}`;
	}
}

function titleOf(data: Record<string, unknown>): string {
	return String(data.title ?? data.question ?? data.name ?? '');
}

export async function translationStatus(): Promise<{ locale: TranslatedLocale; entries: EntryStatus[] }[]> {
	const english = await Promise.all(COLLECTIONS.map(async (collection) => ({ collection, entries: await getCollection(collection) })));
	return Promise.all(
		TRANSLATED_LOCALES.map(async (locale) => ({
			locale,
			entries: (
				await Promise.all(
					english.map(async ({ collection, entries }) =>
						(await localize(collection, entries as never, locale)).map((entry) => ({
							collection,
							id: entry.id,
							title: titleOf(entry.data as Record<string, unknown>),
							path: pathOf(collection, entry.id),
							status: entry.i18n.status as EntryStatus['status'],
						})),
					),
				)
			).flat(),
		})),
	);
}
