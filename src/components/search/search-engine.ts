/**
 * Loads Pagefind (the search index built by `npm run build`) the first time search is used, and
 * runs searches. Nothing is fetched until a reader opens search: the index and its WebAssembly
 * come from /pagefind/ on this site, never from another origin.
 */
import { pagefindFilters, regionsNamed, searchWords, toResultCard, type PagefindResultData, type ResultCard, type SearchState } from './search-state';

interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindResultData>;
}

export interface PagefindApi {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
	debouncedSearch: (
		term: string,
		options?: { filters?: Record<string, string> },
		timeout?: number,
	) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Options for this site, used by the site and by the search tests. FAQ questions outrank passing
 * mentions through the index itself: the question is the page's h1 (Pagefind's title, boosted in
 * ranking) and carries data-pagefind-weight="10"; the short answer is the `answer` metadata.
 */
export const pagefindOptions = {
	excerptLength: 22,
	excerptEllipsis: '…',
	// The index is small: searching on the main thread saves fetching the worker script.
	noWorker: true,
	// FAQ answers differ in length for reasons unrelated to relevance; a weaker length penalty (default
	// 0.75) stops a short answer that mentions "opting out" outranking the how-to page for "opt out".
	ranking: { pageLength: 0.5 },
} as const;

/** Why search is not available, in words a reader can act on. */
export type SearchUnavailable = 'dev' | 'failed';

export class SearchUnavailableError extends Error {
	constructor(
		readonly reason: SearchUnavailable,
		message = 'Search could not load.',
	) {
		super(message);
	}
}

let loading: Promise<PagefindApi> | undefined;

/** Loads /pagefind/pagefind.js once. Rejects with SearchUnavailableError in `astro dev` or when it cannot load. */
export function loadPagefind(bundleUrl = '/pagefind/pagefind.js'): Promise<PagefindApi> {
	loading ??= (async () => {
		// `astro dev` serves no index. This branch (and its message) is removed from builds. MODE, not
		// DEV: a build run with NODE_ENV=test (as under Vitest) has DEV true but MODE "production".
		if (import.meta.env.MODE === 'development') throw new SearchUnavailableError('dev', 'Search works after a build: run npm start');
		try {
			const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as PagefindApi;
			await pagefind.options({ ...pagefindOptions });
			await pagefind.init();
			return pagefind;
		} catch {
			throw new SearchUnavailableError('failed');
		}
	})();
	loading.catch(() => {
		// Let a later attempt try again (for example after a flaky connection).
		loading = undefined;
	});
	return loading;
}

export interface SearchOutcome {
	total: number;
	/** True when no page had every word, so these are pages with some of them. */
	partial: boolean;
	cards: ResultCard[];
	/** Loads the next cards, or undefined when all are shown. */
	more?: () => Promise<SearchOutcome>;
}

async function cardsFor(results: PagefindResult[], from: number, pageSize: number, partial: boolean): Promise<SearchOutcome> {
	const slice = results.slice(from, from + pageSize);
	const cards = (await Promise.all(slice.map((r) => r.data()))).map(toResultCard);
	const next = from + pageSize;
	const outcome: SearchOutcome = { total: results.length, partial, cards };
	if (next < results.length) outcome.more = () => cardsFor(results, next, pageSize, partial);
	return outcome;
}

/**
 * When no page has every word, the pages with the most of the words, best first. Readers type whole
 * questions ("does opting out stop all data collection"); one missing word should not mean nothing.
 */
async function someWords(pagefind: PagefindApi, words: string[], filters: Record<string, string>): Promise<PagefindResult[]> {
	const perWord = await Promise.all(words.map((word) => pagefind.search(word, { filters })));
	const merged = new Map<string, { result: PagefindResult; hits: number; score: number }>();
	for (const response of perWord) {
		for (const result of response?.results ?? []) {
			const seen = merged.get(result.id);
			if (seen) {
				seen.hits += 1;
				seen.score += result.score;
			} else {
				merged.set(result.id, { result, hits: 1, score: result.score });
			}
		}
	}
	return [...merged.values()].sort((a, b) => b.hits - a.hits || b.score - a.score).map((m) => m.result);
}

/** How much a page specific to a region the query names is lifted (see regionsNamed). */
const REGION_BOOST = 1.5;

async function liftNamedRegions(
	pagefind: PagefindApi,
	term: string,
	words: string[],
	filters: Record<string, string>,
	results: PagefindResult[],
): Promise<PagefindResult[]> {
	const regions = filters.region ? [] : regionsNamed(words);
	if (regions.length === 0 || results.length < 2) return results;
	const inRegion = new Set<string>();
	for (const region of regions) {
		const response = await pagefind.search(term, { filters: { ...filters, region } });
		for (const r of response?.results ?? []) inRegion.add(r.id);
	}
	const score = (r: PagefindResult) => r.score * (inRegion.has(r.id) ? REGION_BOOST : 1);
	return results
		.map((r, i) => ({ r, i }))
		.sort((a, b) => score(b.r) - score(a.r) || a.i - b.i)
		.map(({ r }) => r);
}

/**
 * Runs one search (debounced while typing). Resolves to null when a newer search replaced this one.
 */
export async function runSearch(
	pagefind: PagefindApi,
	state: SearchState,
	{ pageSize = 10, debounce = 250 }: { pageSize?: number; debounce?: number } = {},
): Promise<SearchOutcome | null> {
	const filters = pagefindFilters(state);
	const words = searchWords(state.q);
	const term = words.join(' ');
	const response = debounce > 0 ? await pagefind.debouncedSearch(term, { filters }, debounce) : await pagefind.search(term, { filters });
	if (!response) return null;
	if (response.results.length === 0 && words.length > 1 && !term.startsWith('"')) {
		return cardsFor(await someWords(pagefind, words, filters), 0, pageSize, true);
	}
	return cardsFor(await liftNamedRegions(pagefind, term, words, filters, response.results), 0, pageSize, false);
}
