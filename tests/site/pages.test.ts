// Every built page has what a reader, a screen reader and a search engine need.
import { describe, expect, it } from 'vitest';
import { LANG_TAGS, LOCALES, localeFromPath, localePath, pathWithoutLocale } from '../../src/lib/i18n/locales';
import { pagesByTemplate, readRoutes } from '../helpers/page-templates';
import { pages } from './site-files';

const docs = pages;

describe('every built page', () => {
	it('exists for the guide, FAQ, tips, sources, about and 404', () => {
		const paths = pages.map((p) => p.path);
		for (const path of ['/', '/guide/', '/guide/conclusion/', '/faq/', '/tips/', '/sources/', '/about/', '/404.html']) {
			expect(paths).toContain(path);
		}
		expect(paths.filter((p) => /^\/guide\/[^/]+\/$/.test(p) && p !== '/guide/conclusion/')).toHaveLength(7);
	});

	it.each(docs.map((d) => [d.path, d.doc] as const))('%s has a title, a description, the lang of its language and one h1', (path, doc) => {
		expect(doc.title.trim().length).toBeGreaterThan(3);
		expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0).toBeGreaterThan(20);
		expect(doc.documentElement.getAttribute('lang')).toBe(path === '/404.html' ? 'en' : LANG_TAGS[localeFromPath(path)]);
		expect(doc.querySelectorAll('h1')).toHaveLength(1);
	});

	it.each(docs.map((d) => [d.path, d.doc] as const))('%s has a skip link to its main landmark', (_path, doc) => {
		const skip = doc.querySelector('a.skip-link');
		expect(skip?.getAttribute('href')).toBe('#main-content');
		expect(doc.querySelector('main#main-content')).not.toBeNull();
	});

	it('comes from a route file in src/pages/ (the browser tests sample pages by these templates)', () => {
		const groups = pagesByTemplate(
			pages.map((p) => p.path),
			readRoutes('src/pages'),
		);
		expect(groups.get('unknown') ?? []).toEqual([]);
		expect(groups.get('[...locale]/faq/[id].astro')?.length ?? 0).toBeGreaterThan(10);
	});

	it.each(LOCALES.map((l) => [l] as const))('gives every page in %s a unique title', (locale) => {
		const titles = docs.filter((d) => d.path !== '/404.html' && localeFromPath(d.path) === locale).map((d) => d.doc.title);
		expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
	});
});

describe('guide pages', () => {
	const guidePages = docs.filter((d) => /^\/guide\/[^/]+\/$/.test(d.path));

	it.each(guidePages.map((d) => [d.path, d.doc] as const))('%s shows a last-verified date and at least one source link', (_path, doc) => {
		const time = doc.querySelector('time[datetime]');
		expect(time?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(doc.querySelectorAll('.sources li a[href^="https://"]').length).toBeGreaterThan(0);
	});
});

describe('pages without client JavaScript', () => {
	const noScriptPaths = docs.filter((d) => {
		const path = pathWithoutLocale(d.path);
		return path.startsWith('/guide/') || path.startsWith('/faq/') || path.startsWith('/settings/') || path === '/tips/';
	});

	it.each(noScriptPaths.map((d) => [d.path, d.doc] as const))('%s loads no React', (_path, doc) => {
		const scripts = [...doc.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? s.textContent ?? '');
		expect(scripts.join('\n')).not.toMatch(/react|astro-island/i);
		expect(doc.querySelector('astro-island')).toBeNull();
	});

	it('leave the quiz as the only page with a React island', () => {
		expect(docs.filter((d) => d.doc.querySelector('astro-island')).map((d) => d.path)).toEqual(
			LOCALES.map((l) => localePath(l, '/quiz/')).sort(),
		);
	});
});
