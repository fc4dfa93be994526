// The words of search in every language (src/translations/<language>/search.ts) and how the search
// code fills them in (src/lib/search/words.ts).
import { describe, expect, it } from 'vitest';
import { fill, fillParts } from '../../../src/lib/search/words';
import { LOCALES, type Locale } from '../../../src/lib/i18n/locales';
import { searchText as de } from '../../../src/translations/de/search';
import { searchText as en, type SearchText } from '../../../src/translations/en/search';
import { searchText as es } from '../../../src/translations/es/search';
import { searchText as fr } from '../../../src/translations/fr/search';
import { searchText as it_ } from '../../../src/translations/it/search';
import { searchText as ptBr } from '../../../src/translations/pt-br/search';

const TEXT: Record<Locale, SearchText> = { en, de, fr, es, it: it_, 'pt-br': ptBr };

/** Every string of a words object, by its dotted key. */
function strings(value: unknown, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof v === 'string') out.set(path, v);
		else for (const [k, s] of strings(v, path)) out.set(k, s);
	}
	return out;
}
const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('filling in', () => {
	it('puts values into their slots and leaves unknown slots', () => {
		expect(fill('{counted} for “{q}”{where}.', { counted: '2 results', q: 'dms', where: '' })).toBe('2 results for “dms”.');
		expect(fill('{count} results', { count: 3 })).toBe('3 results');
		expect(fill('see {faq}', {})).toBe('see {faq}');
	});

	it('splits a sentence around its links, wherever the language puts them', () => {
		const link = { href: '/de/faq/' };
		expect(fillParts('Sieh dir {faq} an oder {guide}.', { faq: link, guide: link })).toEqual(['Sieh dir ', link, ' an oder ', link, '.']);
		expect(fillParts('{faq} first', { faq: link })).toEqual([link, ' first']);
		expect(fillParts('no slots', { faq: link })).toEqual(['no slots']);
	});
});

describe.each(LOCALES.filter((l) => l !== 'en').map((l) => [l] as const))('the %s words of search', (locale) => {
	const english = strings(en);
	const translated = strings(TEXT[locale]);

	it('have every English key and no other', () => {
		expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
	});

	it('keep every slot of the English sentence, so values and links land somewhere', () => {
		for (const [key, text] of english) expect(slots(translated.get(key) ?? ''), `${locale} ${key}`).toEqual(slots(text));
	});

	it('are translated, apart from names and key labels', () => {
		const same = [...english].filter(
			([key, text]) => translated.get(key) === text && !['trigger.shortcut', 'page.region', 'results.scopeType'].includes(key),
		);
		expect(same.map(([key]) => key)).toEqual([]);
	});
});
