/**
 * The one place pages read content from. The first call checks the content across collections
 * (see content-integrity.ts) and fails the build with a readable list of problems.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContentIntegrity, findStalePages, type SiteContentIndex } from '../lib/content-integrity';
import type { FaqTopic } from '../schemas/faq';
import { assembleRegionPages } from '../lib/regions';
import { FAQ_TOPICS } from '../lib/vocabulary';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n/locales';
import { intlLocale, useTranslations } from '../translations';
import { localize, localizeOne, type Localized } from './translated';

let checked: Promise<void> | undefined;

async function checkOnce(): Promise<void> {
	checked ??= (async () => {
		const [sources, guide, faq, tips, settings, pages] = await Promise.all([
			getCollection('sources'),
			getCollection('guide'),
			getCollection('faq'),
			getCollection('tips'),
			getCollection('settings'),
			getCollection('pages'),
		]);
		const ref = (collection: string) => (e: { id: string; data: object }) => ({ collection, id: e.id, data: e.data });
		const index: SiteContentIndex = {
			sourceIds: sources.map((s) => s.id),
			sources: sources.map((s) => ({ id: s.id, data: s.data })),
			guide: guide.map(ref('guide')),
			faq: faq.map(ref('faq')),
			tips: tips.map(ref('tips')),
			settings: settings.map(ref('settings')),
			pages: pages.map(ref('pages')),
		};
		assertContentIntegrity(index);
		// Old evidence is a warning, not a failure: the page may still be right, but a person should look.
		const stale = findStalePages(index);
		if (stale.length > 0) {
			console.warn(
				`\n${stale.length} page(s) rest on old evidence (newest source over 12 months before lastVerified):\n- ${stale.join('\n- ')}\n`,
			);
		}
	})();
	return checked;
}

export async function guideSections(locale: Locale = DEFAULT_LOCALE): Promise<Localized<'guide'>[]> {
	await checkOnce();
	return localize(
		'guide',
		(await getCollection('guide')).sort((a, b) => a.data.order - b.data.order),
		locale,
	);
}

export async function faqEntries(locale: Locale = DEFAULT_LOCALE): Promise<Localized<'faq'>[]> {
	await checkOnce();
	const sorted = (await getCollection('faq')).sort(
		(a, b) =>
			FAQ_TOPICS.indexOf(a.data.topic) - FAQ_TOPICS.indexOf(b.data.topic) || a.data.order - b.data.order || a.id.localeCompare(b.id),
	);
	return localize('faq', sorted, locale);
}

/** FAQ entries grouped by topic, topics in their fixed order, empty topics left out. */
export async function faqByTopic(
	locale: Locale = DEFAULT_LOCALE,
): Promise<{ topic: FaqTopic; label: string; entries: Localized<'faq'>[] }[]> {
	const entries = await faqEntries(locale);
	const labels = useTranslations(locale).vocabulary.faqTopicLabels;
	return FAQ_TOPICS.map((topic) => ({ topic, label: labels[topic], entries: entries.filter((e) => e.data.topic === topic) })).filter(
		(group) => group.entries.length > 0,
	);
}

export async function tips(locale: Locale = DEFAULT_LOCALE): Promise<Localized<'tips'>[]> {
	await checkOnce();
	return localize(
		'tips',
		(await getCollection('tips')).sort((a, b) => a.data.order - b.data.order),
		locale,
	);
}

/** The settings catalogue, alphabetical by name in the reader's language. */
export async function settingsCatalogue(locale: Locale = DEFAULT_LOCALE): Promise<Localized<'settings'>[]> {
	await checkOnce();
	const localized = await localize('settings', await getCollection('settings'), locale);
	const collator = new Intl.Collator(intlLocale(locale));
	return localized.sort((a, b) => collator.compare(a.data.name, b.data.name));
}

/** One setting in a language, or undefined when there is no such id. */
export async function settingEntry(id: string, locale: Locale = DEFAULT_LOCALE): Promise<Localized<'settings'> | undefined> {
	return (await settingsCatalogue(locale)).find((s) => s.id === id);
}

export async function allSources(): Promise<CollectionEntry<'sources'>[]> {
	await checkOnce();
	return (await getCollection('sources')).sort(
		(a, b) => a.data.publisher.localeCompare(b.data.publisher) || a.data.title.localeCompare(b.data.title),
	);
}

export async function sitePage(id: string, locale: Locale = DEFAULT_LOCALE): Promise<Localized<'pages'>> {
	await checkOnce();
	const page = (await getCollection('pages')).find((p) => p.id === id);
	if (!page) throw new Error(`Missing content/pages/${id}.mdx`);
	return localizeOne('pages', page, locale);
}

/** One page per region, with its actions and questions resolved (see regions.ts). */
export async function regionPages(locale: Locale = DEFAULT_LOCALE) {
	const [entries, settings, faq] = await Promise.all([
		getCollection('regions').then((list) => localize('regions', list, locale)),
		settingsCatalogue(locale),
		faqEntries(locale),
	]);
	return assembleRegionPages(entries, settings, faq);
}
