import { describe, expect, it } from 'vitest';
import { LANG_TAGS, LOCALES, localeFromPath, localePath, localeStaticPaths, pathWithoutLocale } from '../../../src/lib/i18n/locales';

describe('site languages', () => {
	it('are English at the root and five others under their prefix', () => {
		expect(LOCALES).toEqual(['en', 'de', 'fr', 'es', 'it', 'pt-br']);
		expect(localeStaticPaths().map((p) => p.params.locale)).toEqual([undefined, 'de', 'fr', 'es', 'it', 'pt-br']);
	});

	it('tag Brazilian Portuguese as pt-BR for lang and hreflang, while its URLs say pt-br', () => {
		expect(LANG_TAGS['pt-br']).toBe('pt-BR');
		expect(localePath('pt-br', '/faq/')).toBe('/pt-br/faq/');
	});

	it('read the language of a path from its first segment only', () => {
		expect(localeFromPath('/de/faq/x/')).toBe('de');
		expect(localeFromPath('/faq/de/')).toBe('en');
		expect(localeFromPath('/')).toBe('en');
		expect(localeFromPath('/deutsch/')).toBe('en');
	});

	it('move a path from one language to another, keeping its fragment', () => {
		expect(localePath('fr', '/de/faq/x/#a')).toBe('/fr/faq/x/#a');
		expect(localePath('en', '/it/')).toBe('/');
		expect(localePath('de', '/')).toBe('/de/');
		expect(pathWithoutLocale('/es/settings/')).toBe('/settings/');
		expect(pathWithoutLocale('/es/')).toBe('/');
	});

	it('refuse a link that is not a site path, rather than make a broken one', () => {
		expect(() => localePath('de', 'faq/')).toThrow(/starting with "\/"/);
	});
});
