/**
 * Connects a search form to Pagefind and renders the results, for both the header dialog and the
 * search page, in the page's language: the words come from the page (SearchResults.astro), the
 * question clean-up table for that language is loaded with the index, and Pagefind searches the
 * index of the page's <html lang>. Results are built with DOM methods (no innerHTML). The result
 * count is announced through a polite status region; the list itself is not live, so screen
 * readers are not flooded.
 */
import { resultCountText, vocabularyOf, type ResultCard } from '../../lib/search/cards';
import { loadSearchLanguage } from '../../lib/search/languages';
import type { SearchLanguage } from '../../lib/search/languages/types';
import { runSearch, type SearchOutcome } from '../../lib/search/run';
import { readSearchState, writeSearchState, type SearchState } from '../../lib/search/state';
import { fill, fillParts, type SearchWords } from '../../lib/search/words';
import type { ContentType, Region } from '../../lib/vocabulary';
import { loadPagefind, SearchUnavailableError } from './search-engine';

export { writeSearchState };

/** The words the page handed over with its result list (SearchResults.astro). */
function wordsOf(list: HTMLElement): SearchWords {
	return JSON.parse(list.dataset.searchWords ?? '{}') as SearchWords;
}

const languages = new Map<string, Promise<SearchLanguage>>();
/** The page's question clean-up table (one small module per language), loaded once. */
function languageOf(words: SearchWords): Promise<SearchLanguage> {
	let language = languages.get(words.locale);
	if (!language) {
		language = loadSearchLanguage(words.locale);
		languages.set(words.locale, language);
		language.catch(() => languages.delete(words.locale));
	}
	return language;
}

/** The search in a URL's query string. Older links used the English labels (?type=FAQ&region=EU/EEA); they still work. */
export function readSearchStateFromUrl(search: string, list: HTMLElement): SearchState {
	const words = wordsOf(list);
	return readSearchState(search, vocabularyOf(words), words);
}

export interface SearchElements {
	form: HTMLFormElement;
	input: HTMLInputElement;
	/** role="status": the result count and any problem, announced politely. */
	status: HTMLElement;
	list: HTMLOListElement;
	/** Optional "Show more results" button (hidden while there is nothing more). */
	more?: HTMLButtonElement | null;
	type?: HTMLSelectElement | null;
	region?: HTMLSelectElement | null;
}

export interface SearchControllerOptions {
	pageSize: number;
	/** Called with the new state after every change (the page keeps it in the URL). */
	onChange?: (state: SearchState) => void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

function renderCard(card: ResultCard, words: SearchWords): HTMLLIElement {
	// "EU/EEA, UK", or "Everywhere" when a page lists every region.
	const regionsText = (regions: Region[]) =>
		regions.length === Object.keys(words.regions).length ? words.everywhere : regions.map((r) => words.regions[r]).join(', ');
	const item = el('li', 'search-result');
	const title = el('a', 'search-result-title', card.title);
	title.href = card.url;
	title.dataset.searchResult = card.type || 'page';
	const heading = el('p', 'search-result-heading');
	heading.append(title);
	item.append(heading);

	// A setting says where it can be used; other pages say what they are and which places they are about.
	const meta =
		card.type === 'setting'
			? `${words.types.setting} · ${fill(words.whereItApplies, { regions: card.regions.length > 0 ? regionsText(card.regions) : words.notStated })}`
			: [card.type && words.types[card.type], card.regions.length > 0 && regionsText(card.regions)].filter(Boolean).join(' · ');
	if (meta) item.append(el('p', 'search-result-meta', meta));

	const summary = el('p', 'search-result-summary');
	if (card.answer) {
		summary.textContent = card.answer;
	} else {
		for (const part of card.excerpt) summary.append(part.marked ? el('mark', undefined, part.text) : document.createTextNode(part.text));
	}
	if (summary.textContent) item.append(summary);

	if (card.sections.length > 0) {
		const sections = el('ul', 'search-result-sections');
		for (const section of card.sections) {
			const link = el('a', undefined, section.title);
			link.href = section.url;
			link.dataset.searchResult = 'section';
			const li = el('li');
			li.append(link);
			sections.append(li);
		}
		item.append(sections);
	}
	return item;
}

/** A sentence with a link to the FAQ in the page's language where its template says {faq}. */
function withFaqLink(template: string, words: SearchWords, values: Record<string, string> = {}): (string | Node)[] {
	const link = el('a', undefined, words.faqLink);
	link.href = words.faqHref;
	return fillParts(fill(template, values), { faq: link });
}

export class SearchController {
	private sequence = 0;
	private more: SearchOutcome['more'];
	private readonly words: SearchWords;

	constructor(
		private readonly els: SearchElements,
		private readonly options: SearchControllerOptions,
	) {
		this.words = wordsOf(els.list);
		els.input.addEventListener('input', () => this.changed());
		els.type?.addEventListener('change', () => this.changed());
		els.region?.addEventListener('change', () => this.changed());
		els.more?.addEventListener('click', () => void this.showMore());
		els.input.addEventListener('keydown', (event) => {
			if (event.key === 'ArrowDown' && this.links().length > 0) {
				event.preventDefault();
				this.links()[0]!.focus();
			}
		});
		els.list.addEventListener('keydown', (event) => this.moveFocus(event));
	}

	get state(): SearchState {
		return {
			q: this.els.input.value,
			type: (this.els.type?.value ?? '') as ContentType | '',
			region: (this.els.region?.value ?? '') as Region | '',
		};
	}

	/** Fills the form from a state (e.g. from the URL) and searches. */
	set(state: SearchState): void {
		this.els.input.value = state.q;
		if (this.els.type) this.els.type.value = state.type;
		if (this.els.region) this.els.region.value = state.region;
		void this.search(0);
	}

	/** Starts loading Pagefind and the language's table (for example when search opens) so the first search is quick. */
	warm(): void {
		Promise.all([loadPagefind(), languageOf(this.words)]).catch((error: unknown) => this.showUnavailable(error));
	}

	private changed(): void {
		this.options.onChange?.(this.state);
		void this.search();
	}

	private links(): HTMLAnchorElement[] {
		return [...this.els.list.querySelectorAll<HTMLAnchorElement>('a[href]')];
	}

	/** Up and down arrows move between result links; up from the first goes back to the search box. */
	private moveFocus(event: KeyboardEvent): void {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = this.links();
		const index = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (index === -1) return;
		event.preventDefault();
		const next = index + (event.key === 'ArrowDown' ? 1 : -1);
		if (next < 0) this.els.input.focus();
		else links[Math.min(next, links.length - 1)]!.focus();
	}

	private setMore(more: SearchOutcome['more']): void {
		this.more = more;
		if (this.els.more) this.els.more.hidden = !more;
	}

	private showUnavailable(error: unknown): void {
		this.els.list.replaceChildren();
		this.setMore(undefined);
		const status = this.els.status;
		if (error instanceof SearchUnavailableError && error.reason === 'dev') {
			status.replaceChildren(...withFaqLink(this.words.untilThen, this.words, { message: error.message }));
		} else {
			status.replaceChildren(...withFaqLink(this.words.couldNotLoad, this.words));
		}
	}

	async search(debounce = 250): Promise<void> {
		const state = this.state;
		const sequence = ++this.sequence;
		if (!state.q.trim()) {
			this.els.list.replaceChildren();
			this.els.status.replaceChildren();
			this.setMore(undefined);
			return;
		}
		let outcome: SearchOutcome | null;
		try {
			const [pagefind, lang] = await Promise.all([loadPagefind(), languageOf(this.words)]);
			outcome = await runSearch(pagefind, state, lang, vocabularyOf(this.words), { pageSize: this.options.pageSize, debounce });
		} catch (error) {
			if (sequence === this.sequence) this.showUnavailable(error);
			return;
		}
		if (!outcome || sequence !== this.sequence) return;
		this.els.list.replaceChildren(...outcome.cards.map((card) => renderCard(card, this.words)));
		this.setMore(outcome.more);
		const count = resultCountText(outcome.total, state, this.words, outcome.partial);
		if (outcome.total === 0) {
			this.els.status.replaceChildren(`${count} `, ...withFaqLink(this.words.tryOther, this.words));
		} else {
			this.els.status.replaceChildren(count);
		}
	}

	private async showMore(): Promise<void> {
		if (!this.more) return;
		const sequence = this.sequence;
		const outcome = await this.more();
		if (sequence !== this.sequence) return;
		const cards = outcome.cards.map((card) => renderCard(card, this.words));
		this.els.list.append(...cards);
		this.setMore(outcome.more);
		cards[0]?.querySelector('a')?.focus();
	}
}

/**
 * The header search dialog, wired on first use by search-trigger.ts (which opens and closes it).
 * Shows the best few results as the reader types; Enter (or the link) opens the full search page
 * in the page's language with filters, the query kept. It lives in this module so the first search fetches one script.
 * Four results: more than a phone screen holds, and each one shown costs its page’s index fragment
 * (about 2 KB), which the 100 KB first-search budget counts.
 */
export function wireSearchDialog(dialog: HTMLDialogElement): void {
	const q = <T extends Element>(selector: string) => dialog.querySelector<T>(selector)!;
	const allLink = q<HTMLAnchorElement>('[data-search-all]');
	// The search page in the page's language, as the page links it ("/de/search/").
	const searchPage = allLink.getAttribute('href')!.split('?')[0];
	const linkTo = (state: SearchState) => {
		allLink.href = `${searchPage}${writeSearchState(state)}`;
	};
	const controller = new SearchController(
		{
			form: q<HTMLFormElement>('[data-search-dialog-form]'),
			input: q<HTMLInputElement>('#search-dialog-input'),
			status: q<HTMLElement>('#search-dialog-status'),
			list: q<HTMLOListElement>('#search-dialog-list'),
		},
		{ pageSize: 4, onChange: linkTo },
	);
	controller.warm();
	// The reader may have typed while this code loaded.
	if (controller.state.q.trim()) {
		linkTo(controller.state);
		void controller.search(0);
	}
}
