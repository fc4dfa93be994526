/**
 * Runs on every page and stays small: it turns the header's Search link into a button that opens
 * the search dialog, and listens for Ctrl+K / Cmd+K. The dialog opens at once (its markup is in the
 * page) so nothing typed is lost; the search code is fetched on first use and then searches for
 * whatever is already in the box. On the search page the button and shortcut focus the page's own
 * box. It has no words of its own: they are in the page, in its language.
 */
const link = document.querySelector<HTMLAnchorElement>('[data-search-link]');
const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
let wiring: Promise<void> | undefined;
let returnFocusTo: HTMLElement | null = null;

/** The search code could not load: say so in the page's words (SearchResults.astro's JSON) and link the FAQ. */
function couldNotLoad(dialog: HTMLDialogElement): void {
	const list = dialog.querySelector<HTMLElement>('[data-search-words]');
	const words = JSON.parse(list?.dataset.searchWords ?? '{}') as { couldNotLoad?: string; faqLink?: string; faqHref?: string };
	const faq = document.createElement('a');
	faq.href = words.faqHref ?? '/faq/';
	faq.textContent = words.faqLink ?? '';
	const [before = '', after = ''] = (words.couldNotLoad ?? '').split('{faq}');
	dialog.querySelector('[role="status"]')?.replaceChildren(before, faq, after);
}

function open(): void {
	const pageInput = document.querySelector<HTMLInputElement>('[data-search-page-input]');
	if (pageInput) {
		pageInput.focus();
		pageInput.select();
		return;
	}
	if (!dialog || typeof dialog.showModal !== 'function') {
		window.location.assign(link?.href ?? '/search/');
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
			couldNotLoad(dialog);
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
