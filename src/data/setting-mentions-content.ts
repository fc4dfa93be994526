/**
 * Builds the "Discussed in" index from the site's content: guide sections (and the guide's closing
 * page), FAQ answers and tips
 * (a tip's `setting` field counts, since the tips page links it). The matching is in setting-mentions.ts.
 */
import { faqEntries, guideSections, sitePage, tips } from './content';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n/locales';
import { mentionIndex, type Mention, type MentionSource } from '../lib/setting-mentions';
import { settingUrl } from '../lib/settings-display';

const cache = new Map<Locale, Promise<Map<string, Mention[]>>>();

/** Which pages link each setting, with their titles in `locale` (translations keep the English links). */
export function settingMentions(locale: Locale = DEFAULT_LOCALE): Promise<Map<string, Mention[]>> {
	let cached = cache.get(locale);
	if (!cached) {
		cached = (async () => {
			const [guide, faq, tipList, conclusion] = await Promise.all([
				guideSections(locale),
				faqEntries(locale),
				tips(locale),
				sitePage('conclusion', locale),
			]);
			const sources: MentionSource[] = [
				...guide.map((e) => ({ collection: 'guide', id: e.id, title: e.data.title, url: `/guide/${e.id}/`, body: e.body ?? '' })),
				// The guide's closing page lives in content/pages but is read as part of the guide.
				{ collection: 'guide', id: conclusion.id, title: conclusion.data.title, url: '/guide/conclusion/', body: conclusion.body ?? '' },
				...faq.map((e) => ({ collection: 'faq', id: e.id, title: e.data.question, url: `/faq/${e.id}/`, body: e.body ?? '' })),
				...tipList.map((e) => ({
					collection: 'tips',
					id: e.id,
					title: e.data.title,
					url: `/tips/#${e.id}`,
					body: `${e.body ?? ''}\n${e.data.setting ? settingUrl(e.data.setting) : ''}`,
				})),
			];
			return mentionIndex(sources);
		})();
		cache.set(locale, cached);
	}
	return cached;
}
