/**
 * English words of search: the header's Search control and dialog, the /search/ page, and what the
 * search script says about results (`results`, handed to it as JSON by SearchResults.astro).
 * Other languages have a search.ts with the same keys. "{name}" marks a slot: a value the code
 * fills in, or ({faq}, {guide}) where a link goes, so each language can place it.
 */
import type { ResultWords } from '../../lib/search/words';

const results: ResultWords = {
	whereItApplies: 'Where it applies: {regions}',
	everywhere: 'Everywhere',
	notStated: 'not stated',
	resultOne: '1 result',
	resultMany: '{count} results',
	found: '{counted} for “{q}”{where}.',
	none: 'No results for “{q}”{where}.',
	partial: 'No page has all of these words. {counted} with some of them for “{q}”{where}.',
	scopeType: 'type {label}',
	scopeRegion: 'region {label}',
	tryOther: 'Try fewer or different words, or browse {faq}.',
	couldNotLoad: 'Search could not load. You can still browse {faq}.',
	untilThen: '{message}. Until then, browse {faq}.',
	faqLink: 'all questions and answers',
};

export const searchText = {
	/** The header control (a link to the search page until its script makes it a button). */
	trigger: {
		label: 'Search',
		/** The keyboard shortcut as printed on keys outside Apple devices (Apple's ⌘ K is set by the script). */
		shortcut: 'Ctrl K',
	},
	dialog: {
		title: 'Search this guide',
		close: 'Close',
		allResults: 'Open the search page, with filters',
	},
	input: {
		label: 'Words or a question',
		hint: 'Ask it as you would ask a person, for example: can I undo my objection?',
	},
	/** The result list's accessible name, and the button under it on the search page. */
	list: {
		label: 'Search results',
		more: 'Show more results',
	},
	page: {
		title: 'Search',
		description: 'Search the guide, the questions and answers, the settings and the tips. Filter by type of page or by region.',
		/** Without JavaScript. {faq} and {guide} are links. */
		noScript: 'Search needs JavaScript, which is off in this browser. Everything is still one tap away: {faq} and {guide}.',
		faqLink: 'all questions and answers',
		guideLink: 'the guide',
		filters: 'Filters: type of page, region',
		type: 'Type of page',
		allTypes: 'All types',
		region: 'Region',
		allRegions: 'All regions',
		regionHint: 'A region shows only pages with facts specific to that place.',
		/** Under the results. {faq} and {guide} are links. */
		browse: 'Prefer to browse? See {faq} or {guide}.',
		browseGuideLink: 'read the guide',
	},
	results,
};

/** The shape every language's search.ts follows (same keys, any words). */
export type SearchText = typeof searchText;
