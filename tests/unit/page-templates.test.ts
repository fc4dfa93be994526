// The browser tests check one page per template plus a sample; this is how they find the templates.
import { describe, expect, it } from 'vitest';
import { languagesInTurn, pagesByTemplate, readRoutes, routeOf, samplePages } from '../helpers/page-templates';

describe('page templates', () => {
	it('match addresses the way Astro routes them', () => {
		expect(routeOf('index.astro').pattern.test('/')).toBe(true);
		expect(routeOf('faq/[id].astro').pattern.test('/faq/can-i-undo-my-objection/')).toBe(true);
		expect(routeOf('faq/[id].astro').pattern.test('/faq/')).toBe(false);
		expect(routeOf('faq/index.astro').pattern.test('/faq/')).toBe(true);
		expect(routeOf('404.astro').pattern.test('/404.html')).toBe(true);
		expect(routeOf('[lang]/faq/[id].astro').pattern.test('/de/faq/x/')).toBe(true);
		expect(routeOf('[...locale]/faq/[id].astro').pattern.test('/faq/x/')).toBe(true);
		expect(routeOf('[...locale]/faq/[id].astro').pattern.test('/pt-br/faq/x/')).toBe(true);
		expect(routeOf('[...locale]/index.astro').pattern.test('/de/')).toBe(true);
		expect(routeOf('[...locale]/index.astro').pattern.test('/guide/x/')).toBe(false);
	});

	it('give a static route priority over a dynamic one for the same address', () => {
		const groups = pagesByTemplate(
			['/guide/conclusion/', '/guide/privacy-implications/'],
			[routeOf('guide/[slug].astro'), routeOf('guide/conclusion.astro')].sort((a, b) => a.rank - b.rank),
		);
		expect(groups.get('guide/conclusion.astro')).toEqual(['/guide/conclusion/']);
		expect(groups.get('guide/[slug].astro')).toEqual(['/guide/privacy-implications/']);
	});

	it('cover every route file of this site', () => {
		const files = readRoutes('src/pages').map((r) => r.file);
		expect(files).toEqual(
			expect.arrayContaining([
				'[...locale]/index.astro',
				'[...locale]/faq/[id].astro',
				'[...locale]/guide/[slug].astro',
				'[...locale]/guide/conclusion.astro',
				'404.astro',
			]),
		);
	});

	it('count one template in two languages as two, so every language gets sampled', () => {
		const routes = [routeOf('[lang]/faq/[id].astro'), routeOf('faq/[id].astro')];
		const groups = pagesByTemplate(['/faq/a/', '/faq/b/', '/de/faq/a/', '/pt-br/faq/a/'], routes, ['de', 'pt-br']);
		expect([...groups.keys()].sort()).toEqual(['[lang]/faq/[id].astro (de)', '[lang]/faq/[id].astro (pt-br)', 'faq/[id].astro']);
	});

	it('sample one page of each template and a few more, the same ones every time', () => {
		const groups = new Map([
			['index.astro', ['/']],
			['faq/[id].astro', ['/faq/a/', '/faq/b/', '/faq/c/', '/faq/d/', '/faq/e/']],
			['guide/[slug].astro', ['/guide/x/', '/guide/y/']],
		]);
		const sample = samplePages(groups, 2);
		expect(sample).toEqual(expect.arrayContaining(['/', '/faq/a/', '/guide/x/']));
		expect(sample).toHaveLength(5);
		expect(samplePages(groups, 2)).toEqual(sample);
		expect(samplePages(groups, Infinity)).toHaveLength(8);
	});

	it('take the languages in turn, so each template is checked in some translation and each language as often as the others', () => {
		const locales = ['de', 'fr', 'es', 'it', 'pt-br'];
		const routes = ['a.astro', 'b.astro', 'c.astro', 'd.astro', 'e.astro'];
		const groups = new Map<string, string[]>(
			routes.flatMap((route) => [[route, [`/${route}`]], ...locales.map((l) => [`${route} (${l})`, [`/${l}/${route}`]] as [string, string[]])]),
		);
		const kept = [...languagesInTurn(groups, locales, 2).keys()];
		for (const route of routes) {
			expect(kept).toContain(route);
			expect(kept.filter((k) => k.startsWith(`${route} (`))).toHaveLength(2);
		}
		for (const locale of locales) expect(kept.filter((k) => k.endsWith(`(${locale})`))).toHaveLength(2);
	});
});
