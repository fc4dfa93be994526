/**
 * The header search dialog's search, loaded on first use by search-trigger.ts (which opens and
 * closes the dialog). Shows the best few results as the reader types; Enter (or the link) opens
 * the full /search/ page with filters, the query kept.
 */
import { SearchController } from './search-controller';
import { writeSearchState, type SearchState } from './search-state';

export function wireSearchDialog(dialog: HTMLDialogElement): void {
	const q = <T extends Element>(selector: string) => dialog.querySelector<T>(selector)!;
	const allLink = q<HTMLAnchorElement>('[data-search-all]');
	const linkTo = (state: SearchState) => {
		allLink.href = `/search/${writeSearchState(state)}`;
	};
	const controller = new SearchController(
		{
			form: q<HTMLFormElement>('[data-search-dialog-form]'),
			input: q<HTMLInputElement>('#search-dialog-input'),
			status: q<HTMLElement>('#search-dialog-status'),
			list: q<HTMLOListElement>('#search-dialog-list'),
		},
		{ pageSize: 8, onChange: linkTo },
	);
	controller.warm();
	// The reader may have typed while this code loaded.
	if (controller.state.q.trim()) {
		linkTo(controller.state);
		void controller.search(0);
	}
}
