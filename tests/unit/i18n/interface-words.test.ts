// Every interface string exists in every language: a key missing in German would show English on a
// German page. English (src/translations/en/) defines the keys; this names each missing one.
import { describe, expect, it } from 'vitest';
import { TRANSLATED_LOCALES } from '../../../src/lib/i18n/locales';
import { DICTIONARIES, useTranslations, withFallback } from '../../../src/translations';
import { en } from '../../../src/translations/en';

type Tree = Record<string, unknown>;
const isTree = (value: unknown): value is Tree => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Keys of `english` that `translated` lacks or gives a different kind of value for ("journey.home.title (missing)"). */
export function missingKeys(english: unknown, translated: unknown, path = ''): string[] {
	if (isTree(english)) {
		if (!isTree(translated)) return [`${path || '(root)'} (missing)`];
		return Object.keys(english).flatMap((key) => missingKeys(english[key], translated[key], path ? `${path}.${key}` : key));
	}
	if (english === undefined) return []; // optional in English too (a note with no citation)
	if (translated === undefined) return [`${path} (missing)`];
	if (typeof english !== typeof translated) return [`${path} (a ${typeof translated}, English has a ${typeof english})`];
	if (Array.isArray(english) && (!Array.isArray(translated) || translated.length !== english.length))
		return [`${path} (a list of a different length)`];
	if (Array.isArray(english)) return english.flatMap((item, i) => missingKeys(item, (translated as unknown[])[i], `${path}[${i}]`));
	return [];
}

describe('interface words', () => {
	it.each(TRANSLATED_LOCALES)('are complete in %s', (locale) => {
		expect(missingKeys(en, DICTIONARIES[locale])).toEqual([]);
	});

	it.each(TRANSLATED_LOCALES)('in %s translate every sentence rather than copy the English', (locale) => {
		const copied: string[] = [];
		const walk = (english: unknown, translated: unknown, path: string) => {
			if (isTree(english) && isTree(translated))
				for (const key of Object.keys(english)) walk(english[key], translated[key], `${path}.${key}`);
			// Names (Instagram, EU/EEA, FAQ) may stay as they are; a sentence of four words or more may not.
			else if (typeof english === 'string' && english === translated && english.split(/\s+/).length >= 4) copied.push(path);
		};
		walk(en, DICTIONARIES[locale], '');
		expect(copied).toEqual([]);
	});

	it('fall back to English key by key, so a missing word never breaks a page', () => {
		const merged = withFallback({ a: 'A', b: { c: 'C', d: 'D' } }, { b: { c: 'Ce' } });
		expect(merged).toEqual({ a: 'A', b: { c: 'Ce', d: 'D' } });
		expect(useTranslations('de').site.name.length).toBeGreaterThan(0);
	});

	it('name what is missing in a way a translator can act on', () => {
		expect(missingKeys({ home: { title: 'T', lede: 'L' }, list: ['a', 'b'] }, { home: { title: 'Titel' }, list: ['a'] })).toEqual([
			'home.lede (missing)',
			'list (a list of a different length)',
		]);
	});
});
