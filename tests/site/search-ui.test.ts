// @vitest-environment jsdom
// The search page as a reader's browser runs it: the built /search/ HTML (and /de/search/), the
// site's own search scripts, and the real built index (loaded in Node, in the page's language).
// Checks what readers see and hear, keyboard use, the URL kept in step, the messages when search
// cannot run, and axe rules on the result.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SearchController } from '../../src/components/search/search-controller';
import type * as Engine from '../../src/components/search/search-engine';
import { SearchUnavailableError } from '../../src/components/search/search-engine';
import { loadBuiltPagefind } from './search-pagefind';
import { parse } from 'yaml';
import type { Region } from '../../src/lib/vocabulary';
import type { SearchWords } from '../../src/lib/search/words';
import { regionLabels } from '../../src/translations/en/vocabulary';
import { siteDir } from './site-files';

const loader = vi.hoisted(() => ({ impl: undefined as undefined | (() => Promise<unknown>) }));
vi.mock('../../src/components/search/search-engine', async (importOriginal) => {
	const actual = await importOriginal<typeof Engine>();
	return { ...actual, loadPagefind: () => (loader.impl ? loader.impl() : actual.loadPagefind()) };
});

let built: Promise<unknown>;
let builtGerman: Promise<unknown>;

beforeAll(() => {
	built = loadBuiltPagefind(siteDir);
	builtGerman = loadBuiltPagefind(siteDir, undefined, 'de');
});

afterEach(() => {
	loader.impl = () => built;
	vi.unstubAllEnvs();
});

/** Puts a built search page into the document (its scripts are not run by innerHTML). */
function openSearchPage(path = '/search/'): void {
	const html = readFileSync(join(siteDir, path, 'index.html'), 'utf8');
	const doc = new DOMParser().parseFromString(html, 'text/html');
	document.documentElement.lang = doc.documentElement.lang;
	document.title = doc.title;
	document.head.innerHTML = doc.head.innerHTML;
	document.body.innerHTML = doc.body.innerHTML;
	// What search-page.ts does first: the form is hidden until JavaScript can run it.
	const form = document.querySelector<HTMLFormElement>('[data-search-page]');
	if (form) form.hidden = false;
}

function pageController(): SearchController {
	const $ = <T extends Element>(s: string) => document.querySelector<T>(s)!;
	return new SearchController(
		{
			form: $<HTMLFormElement>('[data-search-page]'),
			input: $<HTMLInputElement>('[data-search-page-input]'),
			status: $<HTMLElement>('#search-page-status'),
			list: $<HTMLOListElement>('#search-page-list'),
			more: $<HTMLButtonElement>('#search-page-more'),
			type: $<HTMLSelectElement>('#search-type'),
			region: $<HTMLSelectElement>('#search-region'),
		},
		{ pageSize: 10 },
	);
}

const status = () => document.querySelector('#search-page-status')!;
const resultLinks = () => [...document.querySelectorAll<HTMLAnchorElement>('#search-page-list .search-result-title')];

describe('the search page', () => {
	it('shows results with the question and its short answer, and announces the count politely', async () => {
		loader.impl = () => built;
		openSearchPage();
		const controller = pageController();
		controller.set({ q: 'can I undo it', type: '', region: '' });
		await vi.waitFor(() => expect(status().textContent).toMatch(/^\d+ results? for “can I undo it”\.$/), { timeout: 5000 });
		expect(status().getAttribute('role')).toBe('status');
		expect(status().getAttribute('aria-live')).toBe('polite');
		const first = document.querySelector('#search-page-list .search-result')!;
		expect(first.querySelector('a')?.getAttribute('href')).toBe('/faq/can-i-undo-my-objection/');
		expect(first.querySelector('a')?.textContent).toBe('Can I undo my objection or take it back later?');
		expect(first.querySelector('.search-result-summary')?.textContent).toMatch(/withdraw an objection/);
		// The regions are the answer's own, from its content file, in the site's words.
		const front = readFileSync('content/faq/can-i-undo-my-objection.mdx', 'utf8').split('---')[1]!;
		const regions = (parse(front) as { regions: Region[] }).regions;
		const badges = regions.map((r) => regionLabels[r]).join(', ');
		expect(regions.length).toBeGreaterThan(0);
		expect(first.querySelector('.search-result-meta')?.textContent).toBe(`FAQ · ${badges}`);
	});

	it('marks every result link with data-search-result, and shows where a setting applies', async () => {
		loader.impl = () => built;
		openSearchPage();
		const controller = pageController();
		controller.set({ q: 'mute meta ai', type: 'setting', region: '' });
		await vi.waitFor(() => expect(resultLinks().length).toBeGreaterThan(0), { timeout: 5000 });
		const links = [...document.querySelectorAll<HTMLAnchorElement>('#search-page-list a[href]')];
		expect(links.every((a) => a.hasAttribute('data-search-result'))).toBe(true);
		const first = document.querySelector('#search-page-list .search-result')!;
		expect(first.querySelector('a')?.dataset.searchResult).toBe('setting');
		expect(first.querySelector('.search-result-meta')?.textContent).toMatch(/^Setting · Where it applies: (Everywhere|[A-Z][\w/ ,]+)$/);
		expect(first.querySelector('.search-result-summary')?.textContent?.length).toBeGreaterThan(20);
	});

	it('moves between results with the arrow keys and back up to the search box', async () => {
		loader.impl = () => built;
		openSearchPage();
		const controller = pageController();
		controller.set({ q: 'opt out', type: '', region: '' });
		await vi.waitFor(() => expect(resultLinks().length).toBeGreaterThan(2), { timeout: 5000 });
		const input = document.querySelector<HTMLInputElement>('[data-search-page-input]')!;
		const press = (target: Element, key: string) =>
			target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
		input.focus();
		press(input, 'ArrowDown');
		expect(document.activeElement).toBe(resultLinks()[0]);
		press(document.activeElement!, 'ArrowDown');
		expect(document.activeElement).toBe(document.querySelectorAll('#search-page-list a[href]')[1]);
		press(document.activeElement!, 'ArrowUp');
		press(document.activeElement!, 'ArrowUp');
		expect(document.activeElement).toBe(input);
	});

	it('narrows results with the type filter', async () => {
		loader.impl = () => built;
		openSearchPage();
		const controller = pageController();
		controller.set({ q: 'opt out', type: 'guide', region: '' });
		await vi.waitFor(() => expect(status().textContent).toMatch(/\(type Guide\)/), { timeout: 5000 });
		expect(resultLinks().length).toBeGreaterThan(0);
		for (const link of resultLinks()) expect(link.getAttribute('href')).toMatch(/^\/guide\//);
	});

	it('keeps the query and filters in the URL while the reader types', async () => {
		loader.impl = () => built;
		openSearchPage();
		history.replaceState(null, '', '/search/?q=DMs');
		vi.resetModules();
		await import('../../src/components/search/search-page');
		const input = document.querySelector<HTMLInputElement>('[data-search-page-input]')!;
		expect(document.querySelector<HTMLFormElement>('[data-search-page]')!.hidden).toBe(false);
		// The search code itself is imported on demand, then fills the box from the URL.
		await vi.waitFor(() => expect(input.value).toBe('DMs'));
		input.value = 'United States';
		input.dispatchEvent(new Event('input', { bubbles: true }));
		const type = document.querySelector<HTMLSelectElement>('#search-type')!;
		type.value = 'faq';
		type.dispatchEvent(new Event('change', { bubbles: true }));
		expect(new URLSearchParams(location.search).get('q')).toBe('United States');
		expect(new URLSearchParams(location.search).get('type')).toBe('faq');
		expect(location.pathname).toBe('/search/');
	});

	it('has no axe violations with results shown', async () => {
		loader.impl = () => built;
		openSearchPage();
		const controller = pageController();
		controller.set({ q: 'private messages', type: '', region: '' });
		await vi.waitFor(() => expect(resultLinks().length).toBeGreaterThan(0), { timeout: 5000 });
		const result = await axe.run(document.documentElement, { rules: { 'color-contrast': { enabled: false } } });
		expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
	});

	it('says plainly when search cannot load, and links the questions and answers', async () => {
		loader.impl = () => Promise.reject(new SearchUnavailableError('failed'));
		openSearchPage();
		const controller = pageController();
		controller.set({ q: 'undo', type: '', region: '' });
		await vi.waitFor(() => expect(status().textContent).toMatch(/Search could not load/), { timeout: 5000 });
		expect(status().querySelector('a')?.getAttribute('href')).toBe('/faq/');
	});

	it('in astro dev says search works after a build, instead of failing', async () => {
		loader.impl = undefined; // the real loader, in development mode as under `astro dev`
		vi.stubEnv('MODE', 'development');
		openSearchPage();
		const controller = pageController();
		controller.set({ q: 'undo', type: '', region: '' });
		await vi.waitFor(() => expect(status().textContent).toMatch(/Search works after a build: run npm start/), { timeout: 5000 });
		expect(status().querySelector('a')?.getAttribute('href')).toBe('/faq/');
	});
});

describe('the German search page', () => {
	const words = () => JSON.parse(document.querySelector<HTMLElement>('#search-page-list')!.dataset.searchWords!) as SearchWords;

	it('searches the German index with the German question clean-up, and says so in German', async () => {
		loader.impl = () => builtGerman;
		openSearchPage('/de/search/');
		expect(document.documentElement.lang).toBe('de');
		const controller = pageController();
		controller.set({ q: 'wie nehme ich meinen widerspruch zurück', type: '', region: '' });
		await vi.waitFor(() => expect(status().textContent).toMatch(/^\d+ Ergebnisse? für „wie nehme ich meinen widerspruch zurück“\.$/), {
			timeout: 5000,
		});
		const first = document.querySelector('#search-page-list .search-result')!;
		expect(first.querySelector('a')?.getAttribute('href')).toBe('/de/faq/can-i-undo-my-objection/');
		const front = readFileSync('content/translations/de/faq/can-i-undo-my-objection.mdx', 'utf8').split('---')[1]!;
		expect(first.querySelector('a')?.textContent).toBe((parse(front) as { question: string }).question);
		expect(first.querySelector('.search-result-meta')?.textContent).toMatch(new RegExp(`^${words().types.faq} · `));
		for (const link of resultLinks()) expect(link.getAttribute('href')).toMatch(/^\/de\//);
	});

	it('shows where a setting applies in German', async () => {
		loader.impl = () => builtGerman;
		openSearchPage('/de/search/');
		const controller = pageController();
		controller.set({ q: 'meta ai stummschalten', type: 'setting', region: '' });
		await vi.waitFor(() => expect(resultLinks().length).toBeGreaterThan(0), { timeout: 5000 });
		const meta = document.querySelector('#search-page-list .search-result-meta')?.textContent;
		expect(meta).toMatch(new RegExp(`^${words().types.setting} · Wo es gilt: `));
		expect(status().textContent).toContain(`(Art ${words().types.setting})`);
	});

	it('says in German when nothing is found, and links the German questions and answers', async () => {
		loader.impl = () => builtGerman;
		openSearchPage('/de/search/');
		const controller = pageController();
		controller.set({ q: 'zzzqqqxxx', type: '', region: '' });
		await vi.waitFor(() => expect(status().textContent).toMatch(/^Keine Ergebnisse für „zzzqqqxxx“\. Versuch es/), { timeout: 5000 });
		expect(status().querySelector('a')?.getAttribute('href')).toBe('/de/faq/');
		expect(status().querySelector('a')?.textContent).toBe('alle Fragen und Antworten');
	});

	it('says in German when search cannot load', async () => {
		loader.impl = () => Promise.reject(new SearchUnavailableError('failed'));
		openSearchPage('/de/search/');
		const controller = pageController();
		controller.set({ q: 'widerspruch', type: '', region: '' });
		await vi.waitFor(
			() =>
				expect(status().textContent).toBe(
					'Die Suche konnte nicht geladen werden. Du kannst trotzdem alle Fragen und Antworten durchsehen.',
				),
			{
				timeout: 5000,
			},
		);
		expect(status().querySelector('a')?.getAttribute('href')).toBe('/de/faq/');
	});

	it('links the German search page from the header dialog, with the query, and shows German answers', async () => {
		loader.impl = () => builtGerman;
		openSearchPage('/de/faq/');
		const { wireSearchDialog } = await import('../../src/components/search/search-controller');
		const dialog = document.querySelector<HTMLDialogElement>('#search-dialog')!;
		dialog.querySelector<HTMLInputElement>('#search-dialog-input')!.value = 'liest meta meine dms';
		wireSearchDialog(dialog);
		expect(dialog.querySelector('[data-search-all]')!.getAttribute('href')).toBe('/de/search/?q=liest+meta+meine+dms');
		await vi.waitFor(() => expect(dialog.querySelectorAll('.search-result')).toHaveLength(4), { timeout: 5000 });
		expect(dialog.querySelector('.search-result a')?.getAttribute('href')).toBe('/de/faq/are-my-dms-used/');
	});

	it('keeps the reader on the German search page in the URL', async () => {
		loader.impl = () => builtGerman;
		openSearchPage('/de/search/');
		history.replaceState(null, '', '/de/search/?q=dms');
		vi.resetModules();
		await import('../../src/components/search/search-page');
		const input = document.querySelector<HTMLInputElement>('[data-search-page-input]')!;
		await vi.waitFor(() => expect(input.value).toBe('dms'));
		input.value = 'widerspruch';
		input.dispatchEvent(new Event('input', { bubbles: true }));
		expect(location.pathname).toBe('/de/search/');
		expect(new URLSearchParams(location.search).get('q')).toBe('widerspruch');
	});
});
