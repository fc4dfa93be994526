// The search controls as built, before any script runs: what a reader without JavaScript gets, and
// what the scripts start from, in every language. (search-ui.test.ts runs the scripts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { LANG_TAGS, LOCALES, localeFromPath, localePath, type Locale } from '../../src/lib/i18n/locales';
import type { SearchWords } from '../../src/lib/search/words';
import { CONTENT_TYPES, REGIONS } from '../../src/lib/vocabulary';
import { searchText as de } from '../../src/translations/de/search';
import { searchText as en, type SearchText } from '../../src/translations/en/search';
import { searchText as es } from '../../src/translations/es/search';
import { searchText as fr } from '../../src/translations/fr/search';
import { searchText as it_ } from '../../src/translations/it/search';
import { searchText as ptBr } from '../../src/translations/pt-br/search';
import { page, pages, siteDir } from './site-files';

const WORDS: Record<Locale, SearchText> = { en, de, fr, es, it: it_, 'pt-br': ptBr };
const search = (locale: Locale) => localePath(locale, '/search/');

/** The first tag matching `pattern` in a page's HTML, and the text up to its closing tag (no DOM: there are hundreds of pages). */
function tagIn(html: string, pattern: RegExp): { tag: string; text: string } | undefined {
	const match = pattern.exec(html);
	if (!match) return undefined;
	const rest = html.slice(match.index + match[0].length);
	const name = /^<(\w+)/.exec(match[0])![1]!;
	const text = rest.slice(0, rest.indexOf(`</${name}>`)).replace(/<[^>]*>/g, '');
	return { tag: match[0], text: text.replace(/\s+/g, ' ').trim() };
}
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}(?:="([^"]*)")?[\\s>/]`).exec(tag);

describe('the header search control', () => {
	it('on every page is a working link to the search page in the page’s language until its script upgrades it', () => {
		const wrong: string[] = [];
		for (const { path, html } of pages) {
			if (!html.includes('<header')) continue;
			const locale = localeFromPath(path);
			const link = tagIn(html, /<a\b[^>]*\sdata-search-link[^>]*>/);
			const button = tagIn(html, /<button\b[^>]*\sdata-search-open[^>]*>/);
			if (!link || !button) {
				wrong.push(`${path}: no search link or button`);
				continue;
			}
			if (attribute(link.tag, 'href')?.[1] !== search(locale)) wrong.push(`${path}: link to ${attribute(link.tag, 'href')?.[1]}`);
			if (attribute(link.tag, 'hidden')) wrong.push(`${path}: link hidden`);
			if (!attribute(button.tag, 'hidden')) wrong.push(`${path}: button shown before its script runs`);
			if (!/Control\+K/.test(attribute(button.tag, 'aria-keyshortcuts')?.[1] ?? '')) wrong.push(`${path}: no shortcut`);
			if (link.text !== WORDS[locale].trigger.label) wrong.push(`${path}: says "${link.text}"`);
		}
		expect(wrong).toEqual([]);
	});

	it('is wired up by an external script module on every page, never inline code', () => {
		const wrong: string[] = [];
		for (const { path, html } of pages) {
			const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
			// Astro's own island bootstrap (quiz page) is inline, allowed by its hash (tests/site/security.test.ts).
			const inline = scripts.filter(
				([, attrs, body]) =>
					!/\ssrc=/.test(attrs!) && !/self\.Astro|"astro-island"/.test(body!) && !/type="application\/(ld\+)?json"/.test(attrs!),
			);
			if (inline.length > 0) wrong.push(`${path}: inline script ${inline[0]![0].slice(0, 60)}`);
			if (/<[^>]+\son(?:click|keydown|input|change|submit)=/i.test(html)) wrong.push(`${path}: inline event handler`);
			if (!scripts.some(([, attrs]) => /\ssrc="\/_astro\/[^"]+\.js"/.test(attrs!))) wrong.push(`${path}: no script module`);
		}
		expect(wrong).toEqual([]);
	});

	it.each(LOCALES.map((l) => [l] as const))('opens a dialog with a name and a labelled search box, in %s', (locale) => {
		const doc = page(localePath(locale, '/')).doc;
		const dialog = doc.querySelector('dialog#search-dialog')!;
		expect(doc.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe(WORDS[locale].dialog.title);
		const input = dialog.querySelector('input[type="search"]')!;
		expect(dialog.querySelector(`label[for="${input.id}"]`)?.textContent?.trim()).toBe(WORDS[locale].input.label);
		expect(dialog.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
		expect(dialog.querySelector('form')?.getAttribute('action')).toBe(search(locale));
		expect(dialog.querySelector('[data-search-all]')?.getAttribute('href')).toBe(search(locale));
	});

	it.each(LOCALES.map((l) => [l] as const))('hands the search script its words and its language as JSON, in %s', (locale) => {
		const list = page(localePath(locale, '/faq/')).doc.querySelector<HTMLElement>('#search-dialog-list')!;
		const words = JSON.parse(list.dataset.searchWords!) as SearchWords;
		expect(words.locale).toBe(locale);
		expect(words.faqHref).toBe(localePath(locale, '/faq/'));
		expect(Object.keys(words.types)).toEqual([...CONTENT_TYPES]);
		expect(Object.keys(words.regions)).toEqual([...REGIONS]);
		expect(words).toMatchObject(WORDS[locale].results);
		expect(list.getAttribute('aria-label')).toBe(WORDS[locale].list.label);
	});
});

describe.each(LOCALES.map((l) => [l] as const))('the search page in %s', (locale) => {
	const doc = () => page(search(locale)).doc;
	const words = WORDS[locale];

	it('is in its language, and says so to Pagefind (which picks the index by <html lang>)', () => {
		expect(doc().documentElement.getAttribute('lang')).toBe(LANG_TAGS[locale]);
		expect(doc().querySelector('h1')?.textContent).toBe(words.page.title);
		expect(doc().querySelector('details.search-filters summary')?.textContent).toBe(words.page.filters);
	});

	it('without JavaScript says so and links the questions and answers and the guide, in its language', () => {
		const noscript = new JSDOM(doc().querySelector('noscript')!.innerHTML).window.document;
		expect(noscript.body.textContent).toMatch(/JavaScript/);
		expect(noscript.body.textContent).toContain(words.page.faqLink);
		const hrefs = [...noscript.querySelectorAll('a')].map((a) => a.getAttribute('href'));
		expect(hrefs).toEqual([localePath(locale, '/faq/'), localePath(locale, '/guide/')]);
		expect(doc().querySelector('[data-search-page]')?.hasAttribute('hidden')).toBe(true);
	});

	it('has a labelled search box that submits to itself as ?q=', () => {
		const form = doc().querySelector('form[data-search-page]')!;
		expect(form.getAttribute('action')).toBe(search(locale));
		const input = form.querySelector('input[type="search"]')!;
		expect(input.getAttribute('name')).toBe('q');
		expect(doc().querySelector(`label[for="${input.id}"]`)?.textContent?.trim()).toBe(words.input.label);
	});

	it('offers every type and region filter by its neutral id, each labelled', () => {
		for (const [id, values, all] of [
			['search-type', CONTENT_TYPES, words.page.allTypes],
			['search-region', REGIONS, words.page.allRegions],
		] as const) {
			const select = doc().getElementById(id)!;
			expect(doc().querySelector(`label[for="${id}"]`)).not.toBeNull();
			const options = [...select.querySelectorAll('option')];
			expect(options.map((o) => o.getAttribute('value')).filter(Boolean)).toEqual([...values]);
			expect(options[0]?.textContent).toBe(all);
		}
	});

	it('folds the filters away behind one line, so results come first on a phone', () => {
		const details = doc().querySelector('details.search-filters')!;
		expect(details.hasAttribute('open')).toBe(false);
		expect(details.querySelector('#search-type')).not.toBeNull();
	});

	it('announces results through a polite status region', () => {
		const status = doc().getElementById('search-page-status')!;
		expect(status.getAttribute('role')).toBe('status');
		expect(status.getAttribute('aria-live')).toBe('polite');
	});
});

describe('other ways of asking (askedAs)', () => {
	const withAskedAs = (prefix: string) => pages.filter((p) => p.path.startsWith(prefix) && p.html.includes('data-search-asked-as'));

	it('are on the FAQ and setting pages, for search, in a hidden element that is never shown', () => {
		expect(withAskedAs('/faq/').length).toBeGreaterThan(10);
		expect(withAskedAs('/settings/').length).toBeGreaterThan(10);
		const wrong: string[] = [];
		for (const { path, html } of pages.filter((p) => p.html.includes('data-search-asked-as'))) {
			const body = html.indexOf('data-pagefind-body');
			for (const match of html.matchAll(/<div\b[^>]*\sdata-search-asked-as[^>]*>([\s\S]*?)<\/div>/g)) {
				const tag = match[0].slice(0, match[0].indexOf('>') + 1);
				if (!attribute(tag, 'hidden')) wrong.push(`${path}: shown`);
				if (body === -1 || body > match.index) wrong.push(`${path}: outside the indexed part`);
				if (!(Number(attribute(tag, 'data-pagefind-weight')?.[1]) > 1)) wrong.push(`${path}: no extra weight`);
				if (/<(a|button|input)\b|tabindex=/.test(match[1]!)) wrong.push(`${path}: something to focus`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('are in the page’s own language on translated pages', () => {
		for (const locale of LOCALES.filter((l) => l !== 'en')) expect(withAskedAs(`/${locale}/faq/`).length, locale).toBeGreaterThan(10);
	});
});

describe('the built search code', () => {
	const js = readdirSync(join(siteDir, '_astro'))
		.filter((f) => f.endsWith('.js'))
		.map((f) => readFileSync(join(siteDir, '_astro', f), 'utf8'))
		.join('\n');

	it('carries no interface words of any language: the page hands them over', () => {
		for (const locale of LOCALES) {
			for (const sentence of [WORDS[locale].results.couldNotLoad, WORDS[locale].results.tryOther, WORDS[locale].results.partial]) {
				expect(js, `${locale}: ${sentence}`).not.toContain(sentence.split('{')[0]!.trim());
			}
		}
	});

	it('never shows the development notice ("run npm start") on the built site', () => {
		expect(js).not.toContain('run npm start');
	});

	it('loads the index from this site only', () => {
		expect(js).toContain('/pagefind/pagefind.js');
		expect(js).not.toMatch(/https?:\/\/[^"'`\s]*pagefind/);
	});
});
