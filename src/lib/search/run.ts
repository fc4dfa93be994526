/**
 * One search, from what a reader typed to ranked result cards, over any object with Pagefind's
 * search API (the browser bundle on the site, the built bundle in Node for the tests).
 *
 * 1. The question is cleaned (./query.ts): the words that carry its meaning, plus the site's own
 *    wording for any synonym, and the regions it names.
 * 2. Strict: Pagefind's own search, every word on the page, for each wording.
 * 3. When that finds too little, ranked: pages that match the most of the question's ideas, so a
 *    sensible question never comes back empty because one word is on no page.
 * 4. Pages specific to a region move up when the question names it, down when it names another.
 */
import { toResultCard, type PagefindResultData, type ResultCard } from './cards';
import type { SearchLanguage } from './languages/types';
import { cleanQuery, fold, strictTerms, type CleanQuery } from './query';
import { pagefindFilters, type SearchState, type SearchVocabulary } from './state';

export interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindResultData>;
}

type Filters = Record<string, string>;

export interface PagefindApi {
	search: (term: string | null, options?: { filters?: Filters }) => Promise<{ results: PagefindResult[] } | null>;
	debouncedSearch: (term: string, options?: { filters?: Filters }, timeout?: number) => Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchOutcome {
	total: number;
	/** True when no page had every word, so these are pages with some of them. */
	partial: boolean;
	cards: ResultCard[];
	/** Loads the next cards, or undefined when all are shown. */
	more?: () => Promise<SearchOutcome>;
}

/** Fewer strict results than this and the ranked results are added after them. */
export const ENOUGH_STRICT_RESULTS = 3;
/**
 * How region-specific pages move when the question names where the reader lives: a page only about
 * the regions named is lifted most, a page that covers them among others a little, a page only
 * about other places drops. Pages about no region in particular stay as Pagefind ranks them. A
 * question that names no region is not weighed at all, which also saves fetching the region filter.
 */
export const REGION_FACTORS = { onlyNamed: 1.6, includesNamed: 1.3, otherPlaces: 0.7 } as const;

interface Ranked {
	result: PagefindResult;
	/** How many of the question's ideas the page matched (strict results match all). */
	hits: number;
	score: number;
}

/** The first results are reordered by how much of the question their own question holds (see asksTheSame). */
export const RERANK_WINDOW = 4;
/** Letters two words must share at the start to count as one word, unless the language's table says otherwise. */
const DEFAULT_SAME_WORD_LETTERS = 4;

/**
 * Words of a text as the tables compare them (folded: lower case, no accents), without punctuation.
 * An apostrophe ends a word, so French and Italian elisions come apart ("l'entraînement", "dell'IA").
 */
const wordsIn = (text: string) =>
	fold(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
/**
 * Same word, near enough: "photos" and "photo", "use" and "used", "objecting" and "objection" (the
 * first `letters` letters, both folded; the language's table says how many: see SearchLanguage).
 */
const sameWord = (a: string, b: string, letters: number) => {
	const n = Math.min(letters, a.length, b.length);
	return n >= 3 ? a.slice(0, n) === b.slice(0, n) : a === b;
};

/**
 * How closely a page's own question (its title) and its other phrasings (askedAs, the `asked`
 * metadata) ask what the reader asked: each idea of the question counts 10 when said in the
 * reader's own words, 5 in another wording; each question word both use ("what", "why") adds 1,
 * which only settles ties. A page that asks the reader's question is the answer, even when a longer
 * page mentions the same words more often.
 */
export function asksTheSame(query: CleanQuery, data: PagefindResultData, letters = DEFAULT_SAME_WORD_LETTERS): number {
	const own = wordsIn(`${data.meta.title ?? ''} ${data.meta.asked ?? ''}`);
	const holds = (wording: string) => wordsIn(wording).every((word) => own.some((o) => sameWord(word, o, letters)));
	const ideas = query.concepts.reduce((n, [typed, ...others]) => n + (holds(typed!) ? 10 : others.some(holds) ? 5 : 0), 0);
	return ideas + query.asks.filter((w) => own.includes(w)).length;
}

async function cardsFor(
	results: PagefindResult[],
	from: number,
	pageSize: number,
	partial: boolean,
	vocabulary: SearchVocabulary,
	query?: CleanQuery,
	letters = DEFAULT_SAME_WORD_LETTERS,
): Promise<SearchOutcome> {
	let loaded = await Promise.all(results.slice(from, from + pageSize).map((r) => r.data()));
	if (query && from === 0 && !query.exact) {
		// The fragments of the first results are loaded to show them anyway: reorder those by the question they answer.
		const window = results.slice(0, Math.max(pageSize, RERANK_WINDOW));
		const data = [...loaded, ...(await Promise.all(window.slice(loaded.length).map((r) => r.data())))];
		const order = window
			.map((r, i) => ({ r, d: data[i]!, i, same: asksTheSame(query, data[i]!, letters) }))
			.sort((a, b) => b.same - a.same || a.i - b.i);
		const reordered = [...order.map((o) => o.r), ...results.slice(window.length)];
		results.splice(0, results.length, ...reordered);
		loaded = order.slice(0, pageSize).map((o) => o.d);
	}
	const cards = loaded.map((data) => toResultCard(data, vocabulary));
	const next = from + pageSize;
	const outcome: SearchOutcome = { total: results.length, partial, cards };
	if (next < results.length) outcome.more = () => cardsFor(results, next, pageSize, partial, vocabulary);
	return outcome;
}

/** Every wording of the question, each with all its words required. */
async function strict(pagefind: PagefindApi, query: CleanQuery, filters: Filters, first: Promise<{ results: PagefindResult[] } | null>) {
	const terms = strictTerms(query);
	const responses = [await first, ...(await Promise.all(terms.slice(1).map((term) => pagefind.search(term, { filters }))))];
	if (responses[0] === null) return null;
	// A page that every wording finds is a better answer than one only the typed words find: scores add up.
	const found = new Map<string, Ranked>();
	for (const response of responses) {
		for (const result of response?.results ?? []) {
			const seen = found.get(result.id);
			if (seen) seen.score += result.score;
			else found.set(result.id, { result, hits: query.concepts.length, score: result.score });
		}
	}
	return found;
}

/**
 * Pages ranked by how many of the question's ideas they hold (any wording of an idea counts once),
 * then by Pagefind's score for them.
 */
async function ranked(pagefind: PagefindApi, query: CleanQuery, filters: Filters): Promise<Map<string, Ranked>> {
	const perConcept = await Promise.all(
		query.concepts.map(async (wordings) => {
			const best = new Map<string, PagefindResult>();
			for (const response of await Promise.all(wordings.map((w) => pagefind.search(w, { filters })))) {
				for (const result of response?.results ?? []) {
					const seen = best.get(result.id);
					if (!seen || result.score > seen.score) best.set(result.id, result);
				}
			}
			return best;
		}),
	);
	const merged = new Map<string, Ranked>();
	for (const best of perConcept) {
		for (const result of best.values()) {
			const seen = merged.get(result.id);
			if (seen) {
				seen.hits += 1;
				seen.score += result.score;
			} else merged.set(result.id, { result, hits: 1, score: result.score });
		}
	}
	return merged;
}

/** The regions each indexed page is specific to, by result id (filter-only searches: no word index is loaded). */
async function regionsByPage(pagefind: PagefindApi, filters: Filters, regions: readonly string[]): Promise<Map<string, string[]>> {
	const byPage = new Map<string, string[]>();
	const responses = await Promise.all(regions.map((region) => pagefind.search(null, { filters: { ...filters, region } })));
	responses.forEach((response, i) => {
		for (const r of response?.results ?? []) byPage.set(r.id, [...(byPage.get(r.id) ?? []), regions[i]!]);
	});
	return byPage;
}

function regionFactor(pageRegions: string[] | undefined, named: string[]): number {
	if (!pageRegions || pageRegions.length === 0 || named.length === 0) return 1;
	const inNamed = pageRegions.filter((r) => named.includes(r)).length;
	if (inNamed === pageRegions.length) return REGION_FACTORS.onlyNamed;
	return inNamed > 0 ? REGION_FACTORS.includesNamed : REGION_FACTORS.otherPlaces;
}

function order(items: Ranked[], factor: (id: string) => number): PagefindResult[] {
	const score = (r: Ranked) => r.score * factor(r.result.id);
	return items
		.map((item, i) => ({ item, i }))
		.sort((a, b) => b.item.hits - a.item.hits || score(b.item) - score(a.item) || a.i - b.i)
		.map(({ item }) => item.result);
}

/**
 * Runs one search (debounced while typing). Resolves to null when a newer search replaced this one.
 */
export async function runSearch(
	pagefind: PagefindApi,
	state: SearchState,
	lang: SearchLanguage,
	vocabulary: SearchVocabulary,
	{ pageSize = 10, debounce = 250 }: { pageSize?: number; debounce?: number } = {},
): Promise<SearchOutcome | null> {
	const filters = pagefindFilters(state);
	const query = cleanQuery(state.q, lang);
	const terms = strictTerms(query);
	if (terms.length === 0) return { total: 0, partial: false, cards: [] };
	const first = debounce > 0 ? pagefind.debouncedSearch(terms[0]!, { filters }, debounce) : pagefind.search(terms[0]!, { filters });
	const found = await strict(pagefind, query, filters, first);
	if (!found) return null;

	const strictCount = found.size;
	if (strictCount < ENOUGH_STRICT_RESULTS && !query.exact && query.concepts.length > 1) {
		for (const item of (await ranked(pagefind, query, filters)).values()) {
			if (!found.has(item.result.id)) found.set(item.result.id, item);
		}
	}
	// A region the reader chose in the filter already decides; otherwise weigh the regions the question names.
	const regions =
		filters.region || query.regions.length === 0 ? new Map<string, string[]>() : await regionsByPage(pagefind, filters, vocabulary.regions);
	const ranking = order([...found.values()], (id) => regionFactor(regions.get(id), query.regions));
	return cardsFor(ranking, 0, pageSize, strictCount === 0 && found.size > 0, vocabulary, query, lang.sameWordLetters);
}
