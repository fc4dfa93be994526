import { describe, expect, it } from 'vitest';
import { suggestedLanguage } from '../../../src/lib/i18n/suggest';

const offered = ['de', 'fr', 'es', 'it', 'pt-BR'];

describe('the language suggestion on an English page', () => {
	it('offers the first language the browser asks for that the site has', () => {
		expect(suggestedLanguage(['de-AT', 'en'], offered)).toBe('de');
		expect(suggestedLanguage(['nl', 'fr-BE'], offered)).toBe('fr');
	});

	it('offers Brazilian Portuguese to a reader who asks for Portuguese', () => {
		expect(suggestedLanguage(['pt-BR'], offered)).toBe('pt-BR');
		expect(suggestedLanguage(['pt-PT', 'pt'], offered)).toBe('pt-BR');
	});

	it('offers nothing to a reader who prefers English, or asks for no language the site has', () => {
		expect(suggestedLanguage(['en-GB', 'de'], offered)).toBeUndefined();
		expect(suggestedLanguage(['pl', 'nl'], offered)).toBeUndefined();
		expect(suggestedLanguage([], offered)).toBeUndefined();
	});
});
