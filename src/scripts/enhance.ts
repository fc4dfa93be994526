/**
 * The site's one small shared script. It only adds to pages that already work without it:
 *  - copy buttons (hidden until this runs): put a list of steps, or a composed text, on the clipboard;
 *    where the clipboard is refused, select the text so the reader can copy it themselves;
 *  - printouts get the date they were printed;
 *  - FAQ: a link to /faq/#<question> opens that question's <details> (browsers that already open it
 *    on their own are left alone);
 *  - on an English page, a reader whose browser asks for one of the site's other languages first
 *    sees one line offering that translation (never a redirect).
 */
import { suggestedLanguage } from '../lib/i18n/suggest';

function setStatus(button: HTMLElement, message: string): void {
	const output = button.parentElement?.querySelector<HTMLElement>('.copy-status');
	if (output) output.textContent = message;
}

function textFor(button: HTMLElement): { text: string; element: Element | null } {
	const from = button.dataset.copyFrom;
	if (from) {
		const element = document.querySelector(from);
		const value =
			element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement ? element.value : (element?.textContent ?? '');
		return { text: value, element };
	}
	const list = button.closest('.steps')?.querySelector('ol') ?? null;
	return { text: button.dataset.copy ?? '', element: list };
}

function selectContents(element: Element | null): void {
	if (!element) return;
	if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
		element.focus();
		element.select();
		return;
	}
	const selection = window.getSelection();
	selection?.selectAllChildren(element);
}

async function copy(button: HTMLButtonElement): Promise<void> {
	const { text, element } = textFor(button);
	if (!text.trim()) {
		setStatus(button, button.dataset.emptyMessage ?? '');
		return;
	}
	try {
		if (!navigator.clipboard) throw new Error('no clipboard');
		await navigator.clipboard.writeText(text);
		setStatus(button, button.dataset.copiedMessage ?? 'Copied.');
	} catch {
		selectContents(element);
		setStatus(button, button.dataset.selectedMessage ?? 'Selected: copy it with your phone’s Copy or Ctrl+C.');
	}
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy], button[data-copy-from]')) {
	button.hidden = false;
	button.addEventListener('click', () => void copy(button));
}

function openFromHash(): void {
	const id = decodeURIComponent(location.hash.slice(1));
	if (!id) return;
	const target = document.getElementById(id);
	const details = target instanceof HTMLDetailsElement ? target : target?.closest('details');
	if (details && !details.open) {
		details.open = true;
		target?.scrollIntoView();
	}
}
openFromHash();
window.addEventListener('hashchange', openFromHash);

// Printouts say when they were printed (the print stylesheet shows the stamp in the header).
window.addEventListener('beforeprint', () => {
	const date = new Intl.DateTimeFormat(document.documentElement.lang || 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(
		new Date(),
	);
	for (const span of document.querySelectorAll<HTMLElement>('[data-print-date]'))
		span.textContent = `, ${span.dataset.printOn ?? 'on'} ${date}`;
});

const suggestions = document.querySelector<HTMLElement>('[data-language-suggestions]');
if (suggestions) {
	const lines = [...suggestions.querySelectorAll<HTMLElement>('[data-suggest]')];
	const chosen = suggestedLanguage(
		navigator.languages ?? [navigator.language],
		lines.map((line) => line.dataset.suggest ?? ''),
	);
	const line = lines.find((l) => l.dataset.suggest === chosen);
	if (line) {
		line.hidden = false;
		suggestions.hidden = false;
	}
}
