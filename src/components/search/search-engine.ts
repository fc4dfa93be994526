/**
 * Loads Pagefind (the search index built by `npm run build`) the first time search is used. Nothing
 * is fetched until a reader opens search: the index and its WebAssembly come from /pagefind/ on
 * this site, never from another origin. What a search does is pure code in src/lib/search/.
 */
import type { PagefindApi as SearchApi } from '../../lib/search/run';

export interface PagefindApi extends SearchApi {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
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

/**
 * Loads /pagefind/pagefind.js once. Rejects with SearchUnavailableError in `astro dev` or when it
 * cannot load. The index holds one word index per language (Pagefind splits pages by their
 * <html lang>); pagefind.js picks the one for this page's <html lang> when it starts, lower-cased
 * ("pt-BR" → "pt-br"). It cannot be told another language (its `language` option is overridden by
 * the page's), so every page that searches must carry the lang of the index it should search.
 */
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
