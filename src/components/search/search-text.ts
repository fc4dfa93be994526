/**
 * The search words for the page being rendered, for the Astro components of search (build time
 * only: the browser gets them as JSON from SearchResults.astro, never this module). They come from
 * the page's dictionary (`t.search`, src/translations/<language>/search.ts).
 */
import { localePath } from '../../lib/i18n/locales';
import { CONTENT_TYPES, REGIONS } from '../../lib/vocabulary';
import type { SearchWords } from '../../lib/search/words';
import { pageText } from '../../translations';

/** The page's locale, its words for search, and its labels for the filter values. */
export function searchTextFor(url: URL) {
	const { locale, t } = pageText(url);
	const words = t.search;
	const labels = {
		types: Object.fromEntries(CONTENT_TYPES.map((type) => [type, t.vocabulary.contentTypeLabels[type]])) as SearchWords['types'],
		regions: Object.fromEntries(REGIONS.map((region) => [region, t.vocabulary.regionLabels[region]])) as SearchWords['regions'],
	};
	return { locale, words, labels, href: (path: string) => localePath(locale, path) };
}

/** What the search script needs from the page, in its language (rendered as JSON on the result list). */
export function scriptWords(url: URL): SearchWords {
	const { locale, words, labels, href } = searchTextFor(url);
	return { locale, faqHref: href('/faq/'), ...labels, ...words.results };
}
