/**
 * The search state that lives in the URL (/search/?q=…&type=…&region=…) and the Pagefind filters
 * it selects. Filter values are the vocabulary's neutral ids (type=faq, region=eu-eea), so a link
 * works whatever language the page is in; what a reader sees comes from the translations.
 */
import type { ContentType, Region } from '../vocabulary';

/**
 * The filter values there are (the vocabulary's CONTENT_TYPES and REGIONS). Passed in rather than
 * imported, so the search script a reader downloads does not pull in the site's other lists.
 */
export interface SearchVocabulary {
	types: readonly ContentType[];
	regions: readonly Region[];
}

export interface SearchState {
	q: string;
	/** A content type id, or "" for all. */
	type: ContentType | '';
	/** A region id, or "" for all. */
	region: Region | '';
}

/** Longest query kept from a URL: a pasted paragraph is not a question. */
export const MAX_QUERY_LENGTH = 200;

const oneOf = <T extends string>(list: readonly T[], value: string): T | '' =>
	(list as readonly string[]).includes(value) ? (value as T) : '';

/**
 * Reads the search state from a query string such as "?q=undo&type=faq". Unknown filter values are
 * dropped. `legacy` maps the English labels older links used (type=FAQ, region=EU/EEA) to ids.
 */
export function readSearchState(
	search: string,
	vocabulary: SearchVocabulary,
	legacy: { types?: Record<string, string>; regions?: Record<string, string> } = {},
): SearchState {
	const params = new URLSearchParams(search);
	const byLabel = (labels: Record<string, string> | undefined, value: string) =>
		Object.entries(labels ?? {}).find(([, label]) => label.toLowerCase() === value.toLowerCase())?.[0] ?? value;
	const type = params.get('type') ?? '';
	const region = params.get('region') ?? '';
	return {
		q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
		type: oneOf(vocabulary.types, byLabel(legacy.types, type)),
		region: oneOf(vocabulary.regions, byLabel(legacy.regions, region)),
	};
}

/** The query string for a state, leaving out empty parts ("" when there is nothing to keep). */
export function writeSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	if (state.type) params.set('type', state.type);
	if (state.region) params.set('region', state.region);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Pagefind's `filters` option for a state: only the filters the reader chose. */
export function pagefindFilters(state: Pick<SearchState, 'type' | 'region'>): Record<string, string> {
	const filters: Record<string, string> = {};
	if (state.type) filters.type = state.type;
	if (state.region) filters.region = state.region;
	return filters;
}
