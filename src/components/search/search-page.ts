/**
 * The search page (/search/, /de/search/ …): reveals the form (hidden without JavaScript), runs the
 * search in the URL (?q=…&type=…&region=…), and keeps the URL in step while the reader types, with
 * history.replaceState, so a search can be shared or bookmarked and Back returns to it.
 */
// The search code is imported on demand, as the header dialog imports it, so both share one chunk
// that only dynamic imports load (a chunk that is also imported statically costs every first search
// an extra runtime helper file).
const form = document.querySelector<HTMLFormElement>('[data-search-page]');

if (form) {
	form.hidden = false;
	void import('./search-controller').then(({ readSearchStateFromUrl, SearchController, writeSearchState }) => {
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
	});
}

// A module (it imports the search code on demand), so it can be imported and tested.
export {};
