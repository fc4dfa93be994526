/**
 * The /search/ page: reveals the form (hidden without JavaScript), runs the search in the URL
 * (?q=…&type=…&region=…), and keeps the URL in step while the reader types, with
 * history.replaceState, so a search can be shared or bookmarked and Back returns to it.
 */
// Everything from one module, so the page and the header dialog share one search script.
import { readSearchStateFromUrl, SearchController, writeSearchState } from './search-controller';

const form = document.querySelector<HTMLFormElement>('[data-search-page]');

if (form) {
	const q = <T extends Element>(selector: string) => document.querySelector<T>(selector);
	const controller = new SearchController(
		{
			form,
			input: q<HTMLInputElement>('[data-search-page-input]')!,
			status: q<HTMLElement>('#search-page-status')!,
			list: q<HTMLOListElement>('#search-page-list')!,
			more: q<HTMLButtonElement>('#search-page-more'),
			type: q<HTMLSelectElement>('#search-type'),
			region: q<HTMLSelectElement>('#search-region'),
		},
		{
			pageSize: 10,
			onChange: (state) => {
				history.replaceState(history.state, '', `${location.pathname}${writeSearchState(state)}`);
			},
		},
	);
	form.addEventListener('submit', (event) => {
		// Results are already live; Enter just searches now instead of reloading the page.
		event.preventDefault();
		void controller.search(0);
	});
	form.hidden = false;
	const state = readSearchStateFromUrl(location.search, q<HTMLElement>('#search-page-list')!);
	// A link with filters in it shows them; otherwise they stay folded under the search box.
	const filters = document.querySelector<HTMLDetailsElement>('[data-search-filters]');
	if (filters && (state.type || state.region)) filters.open = true;
	controller.set(state);
	controller.warm();
	// Coming back with Back/Forward from the bfcache keeps the page; from a reload, the URL has the query.
	window.addEventListener('pageshow', (event) => {
		if (event.persisted) void controller.search(0);
	});
}
