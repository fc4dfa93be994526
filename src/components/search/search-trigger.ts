/**
 * Runs on every page and stays small: it turns the header's "Search" link into a button that opens
 * the search dialog, and listens for Ctrl+K / Cmd+K. The dialog opens at once (its markup is in the
 * page) so nothing typed is lost; the search code is fetched on first use and then searches for
 * whatever is already in the box. On /search/ the button and shortcut focus the page's own box.
 */
const link = document.querySelector<HTMLAnchorElement>('[data-search-link]');
const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
let wiring: Promise<void> | undefined;
let returnFocusTo: HTMLElement | null = null;

function couldNotLoad(status: Element | null): void {
	const faq = document.createElement('a');
	faq.href = '/faq/';
	faq.textContent = 'all questions and answers';
	status?.replaceChildren('Search could not load. You can still browse ', faq, '.');
}

function open(): void {
	const pageInput = document.querySelector<HTMLInputElement>('[data-search-page-input]');
	if (pageInput) {
		pageInput.focus();
		pageInput.select();
		return;
	}
	if (!dialog || typeof dialog.showModal !== 'function') {
		window.location.assign('/search/');
		return;
	}
	const active = document.activeElement;
	returnFocusTo = active instanceof HTMLElement && active !== document.body ? active : button;
	if (!dialog.open) dialog.showModal();
	const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
	input?.focus();
	input?.select();
	wiring ??= import('./search-controller')
		.then(({ wireSearchDialog }) => wireSearchDialog(dialog))
		.catch(() => {
			wiring = undefined;
			couldNotLoad(dialog.querySelector('[role="status"]'));
		});
}

if (dialog) {
	dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
	// A click on the backdrop (outside the box) closes the dialog.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	dialog.addEventListener('close', () => returnFocusTo?.focus());
}

if (link && button) {
	if (/Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)) {
		const hint = button.querySelector('[data-search-shortcut]');
		if (hint) hint.textContent = '⌘ K';
	}
	button.addEventListener('click', open);
	button.hidden = false;
	link.hidden = true;
}

document.addEventListener('keydown', (event) => {
	if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
		event.preventDefault();
		open();
	}
});
