/**
 * The one place pages read content from. The first call checks the content across collections
 * (see content-integrity.ts) and fails the build with a readable list of problems.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContentIntegrity, findStalePages, type SiteContentIndex } from './content-integrity';
import type { FaqTopic } from '../schemas/faq';
import { assembleRegionPages } from './regions';
import { FAQ_TOPICS } from './vocabulary';
import { faqTopicLabels } from '../translations/en';

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
			console.warn(`\n${stale.length} page(s) rest on old evidence (newest source over 12 months before lastVerified):\n- ${stale.join('\n- ')}\n`);
		}
	})();
	return checked;
}

export async function guideSections(): Promise<CollectionEntry<'guide'>[]> {
	await checkOnce();
	return (await getCollection('guide')).sort((a, b) => a.data.order - b.data.order);
}

export async function faqEntries(): Promise<CollectionEntry<'faq'>[]> {
	await checkOnce();
		return (await getCollection('faq')).sort(
		(a, b) => FAQ_TOPICS.indexOf(a.data.topic) - FAQ_TOPICS.indexOf(b.data.topic) || a.data.order - b.data.order || a.id.localeCompare(b.id),
	);
}

/** FAQ entries grouped by topic, topics in their fixed order, empty topics left out. */
export async function faqByTopic(): Promise<{ topic: FaqTopic; label: string; entries: CollectionEntry<'faq'>[] }[]> {
	const entries = await faqEntries();
	return FAQ_TOPICS.map((topic) => ({ topic, label: faqTopicLabels[topic], entries: entries.filter((e) => e.data.topic === topic) }))
		.filter((group) => group.entries.length > 0);
}

export async function tips(): Promise<CollectionEntry<'tips'>[]> {
	await checkOnce();
	return (await getCollection('tips')).sort((a, b) => a.data.order - b.data.order);
}

export async function settingsCatalogue(): Promise<CollectionEntry<'settings'>[]> {
	await checkOnce();
	return (await getCollection('settings')).sort((a, b) => a.data.name.localeCompare(b.data.name));
}

export async function allSources(): Promise<CollectionEntry<'sources'>[]> {
	await checkOnce();
	return (await getCollection('sources')).sort(
		(a, b) => a.data.publisher.localeCompare(b.data.publisher) || a.data.title.localeCompare(b.data.title),
	);
}

export async function sitePage(id: string): Promise<CollectionEntry<'pages'>> {
	await checkOnce();
	const page = (await getCollection('pages')).find((p) => p.id === id);
	if (!page) throw new Error(`Missing content/pages/${id}.mdx`);
	return page;
}

/** One page per region, with its actions and questions resolved (see regions.ts). */
export async function regionPages() {
	const [entries, settings, faq] = await Promise.all([getCollection('regions'), settingsCatalogue(), faqEntries()]);
	return assembleRegionPages(entries, settings, faq);
}
