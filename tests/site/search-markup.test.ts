// The search controls as built, before any script runs: what a reader without JavaScript gets, and
// what the scripts start from. (search-ui.test.ts runs the scripts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, REGIONS } from '../../src/lib/vocabulary';
import { page, pages, siteDir } from './site-files';

const docs = pages.map((p) => ({ path: p.path, doc: new JSDOM(p.html).window.document }));

describe('the header search control', () => {
	it.each(docs.map((d) => [d.path, d.doc] as const))('on %s is a working link to /search/ until its script upgrades it', (_path, doc) => {
		const link = doc.querySelector('header [data-search-link]');
		expect(link?.getAttribute('href')).toBe('/search/');
		expect(link?.hasAttribute('hidden')).toBe(false);
		const button = doc.querySelector('header button[data-search-open]');
		expect(button?.hasAttribute('hidden')).toBe(true);
		expect(button?.getAttribute('aria-keyshortcuts')).toMatch(/Control\+K/);
	});

	it('is wired up by an external script module on every page, never inline code', () => {
		for (const { path, doc } of docs) {
			const scripts = [...doc.querySelectorAll('script')];
			// Astro's own island bootstrap (quiz page) is inline, allowed by its hash (tests/site/security.test.ts).
			const ours = scripts.filter((s) => !/self\.Astro|"astro-island"/.test(s.textContent ?? ''));
			expect(
				ours.filter((s) => !s.getAttribute('src')).map((s) => s.outerHTML.slice(0, 80)),
				path,
			).toEqual([]);
			expect(doc.querySelectorAll('[onclick], [onkeydown], [oninput], [onchange], [onsubmit]'), path).toHaveLength(0);
			expect(
				scripts.some((s) => /^\/_astro\/.*\.js$/.test(s.getAttribute('src') ?? '')),
				path,
			).toBe(true);
		}
	});

	it('opens a dialog with a name and a labelled search box', () => {
		const doc = docs.find((d) => d.path === '/')!.doc;
		const dialog = doc.querySelector('dialog#search-dialog')!;
		expect(doc.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toMatch(/Search/);
		const input = dialog.querySelector('input[type="search"]')!;
		expect(dialog.querySelector(`label[for="${input.id}"]`)?.textContent?.trim().length).toBeGreaterThan(3);
		expect(dialog.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
	});
});

describe('the /search/ page', () => {
	const doc = new JSDOM(page('/search/').html).window.document;

	it('without JavaScript says so and links the questions and answers and the guide', () => {
		const noscript = new JSDOM(doc.querySelector('noscript')!.innerHTML).window.document;
		expect(noscript.body.textContent).toMatch(/JavaScript/);
		const hrefs = [...noscript.querySelectorAll('a')].map((a) => a.getAttribute('href'));
		expect(hrefs).toEqual(expect.arrayContaining(['/faq/', '/guide/']));
		expect(doc.querySelector('[data-search-page]')?.hasAttribute('hidden')).toBe(true);
	});

	it('has a labelled search box that submits to itself as ?q=', () => {
		const form = doc.querySelector('form[data-search-page]')!;
		expect(form.getAttribute('action')).toBe('/search/');
		const input = form.querySelector('input[type="search"]')!;
		expect(input.getAttribute('name')).toBe('q');
		expect(doc.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
	});

	it('offers every type and region filter by its neutral id, each labelled', () => {
		for (const [id, values] of [
			['search-type', CONTENT_TYPES],
			['search-region', REGIONS],
		] as const) {
			const select = doc.getElementById(id)!;
			expect(doc.querySelector(`label[for="${id}"]`)).not.toBeNull();
			expect([...select.querySelectorAll('option')].map((o) => o.getAttribute('value')).filter(Boolean)).toEqual([...values]);
		}
	});

	it('folds the filters away behind one line, so results come first on a phone', () => {
		const details = doc.querySelector('details.search-filters')!;
		expect(details.hasAttribute('open')).toBe(false);
		expect(details.querySelector('summary')?.textContent).toMatch(/Filters/);
		expect(details.querySelector('#search-type')).not.toBeNull();
	});

	it('announces results through a polite status region', () => {
		const status = doc.getElementById('search-page-status')!;
		expect(status.getAttribute('role')).toBe('status');
		expect(status.getAttribute('aria-live')).toBe('polite');
	});
});

describe('other ways of asking (askedAs)', () => {
	const faqWithAskedAs = docs.filter((d) => d.path.startsWith('/faq/') && d.doc.querySelector('[data-search-asked-as]'));

	it('are on the FAQ and setting pages, for search, in a hidden element that is never shown', () => {
		expect(faqWithAskedAs.length).toBeGreaterThan(10);
		expect(docs.filter((d) => d.path.startsWith('/settings/') && d.doc.querySelector('[data-search-asked-as]')).length).toBeGreaterThan(10);
		for (const { path, doc } of docs) {
			for (const el of doc.querySelectorAll('[data-search-asked-as]')) {
				expect(el.hasAttribute('hidden'), path).toBe(true);
				expect(el.closest('[data-pagefind-body]'), path).not.toBeNull();
				expect(Number(el.getAttribute('data-pagefind-weight')), path).toBeGreaterThan(1);
				expect(el.querySelectorAll('a, button, input, [tabindex]'), path).toHaveLength(0);
			}
		}
	});
});

describe('the built search code', () => {
	const js = readdirSync(join(siteDir, '_astro'))
		.filter((f) => f.endsWith('.js'))
		.map((f) => readFileSync(join(siteDir, '_astro', f), 'utf8'))
		.join('\n');

	it('never shows the development notice ("run npm start") on the built site', () => {
		expect(js).toContain('Search could not load');
		expect(js).not.toContain('run npm start');
	});

	it('loads the index from this site only', () => {
		expect(js).toContain('/pagefind/pagefind.js');
		expect(js).not.toMatch(/https?:\/\/[^"'`\s]*pagefind/);
	});
});
