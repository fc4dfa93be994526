import { describe, expect, it } from 'vitest';
import { mergeTranslation } from '../../../src/lib/i18n/merge';

const english = {
	name: 'Make your account private',
	regions: ['eu-eea', 'us'],
	links: [
		{ label: 'Form', url: 'https://example.com/form', source: 'meta-a' },
		{ label: 'Help', url: 'https://example.com/help', source: 'meta-b' },
	],
	authorities: [
		{ name: 'Regulator', url: 'https://example.org/', source: 'dpc' },
		{ name: 'Verbraucherzentrale: so widersprechen Sie', url: 'https://vz.example/', source: 'vz', language: 'de' },
	],
};

describe('a translation laid over its English entry', () => {
	it('replaces the text and keeps every language-neutral field from the English', () => {
		const merged = mergeTranslation(english, { translatedFrom: 'abcdef0123', name: 'Konto privat machen' }, 'x');
		expect(merged.name).toBe('Konto privat machen');
		expect(merged.regions).toEqual(['eu-eea', 'us']);
		expect(merged).not.toHaveProperty('translatedFrom');
	});

	it('takes only labels from translated lists, so a URL or source can never differ by language', () => {
		const merged = mergeTranslation(
			english,
			{ links: [{ label: 'Formular', url: 'https://evil.example/' }, { label: 'Hilfe' }] } as Record<string, unknown>,
			'x',
		);
		expect(merged.links).toEqual([
			{ label: 'Formular', url: 'https://example.com/form', source: 'meta-a' },
			{ label: 'Hilfe', url: 'https://example.com/help', source: 'meta-b' },
		]);
	});

	it('keeps items written in one language as they are, after the translated ones', () => {
		const merged = mergeTranslation(english, { authorities: [{ name: 'Régulateur' }] }, 'x');
		expect((merged.authorities as { name: string }[]).map((a) => a.name)).toEqual([
			'Régulateur',
			'Verbraucherzentrale: so widersprechen Sie',
		]);
	});

	it('names the file and the field when a translated list does not match the English', () => {
		expect(() => mergeTranslation(english, { links: [{ label: 'Formular' }] }, 'content/translations/de/settings/x')).toThrow(
			'content/translations/de/settings/x: "links" has 1 item(s) but the English entry has 2 to translate',
		);
	});

	it('refuses a translated field the English entry does not have', () => {
		expect(() => mergeTranslation(english, { webSteps: ['Tippe'] }, 'de/x')).toThrow(
			'"webSteps" is translated, but the English entry has no "webSteps"',
		);
	});
});
