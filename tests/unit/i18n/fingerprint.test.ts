import { describe, expect, it } from 'vitest';
import { englishFingerprint, TRANSLATABLE_FIELDS } from '../../../scripts/translation-fingerprint.mjs';
import { sentenceBreaks, translationSchemas } from '../../../src/schemas/translation';

const faq = (fields: string, body = 'The answer.') =>
	`---\nquestion: Can I undo it?\nshortAnswer: No one has documented a way.\n${fields}---\n\n${body}\n`;

describe('the fingerprint of an English entry', () => {
	it('changes when the text a translator translates changes', () => {
		expect(englishFingerprint('faq', faq(''))).not.toBe(englishFingerprint('faq', faq('', 'A new answer.')));
		expect(englishFingerprint('faq', faq(''))).not.toBe(
			englishFingerprint('faq', faq('').replace('Can I undo it?', 'Can I take it back?')),
		);
	});

	it('stays the same when only language-neutral fields change, so translations are not marked outdated for nothing', () => {
		expect(englishFingerprint('faq', faq('lastVerified: 2026-12-02\nsources: [a]\n'))).toBe(
			englishFingerprint('faq', faq('lastVerified: 2026-12-07\nsources: [a, b]\nregions: [uk]\n')),
		);
	});

	it('ignores line endings and trailing spaces', () => {
		expect(englishFingerprint('faq', faq('').replace(/\n/g, '\r\n'))).toBe(
			englishFingerprint('faq', faq('').replace('answer.', 'answer.  ')),
		);
	});
});

describe('translation schemas', () => {
	it('take exactly the translatable fields of each collection, plus translatedFrom', () => {
		for (const [collection, fields] of Object.entries(TRANSLATABLE_FIELDS)) {
			const keys = Object.keys(translationSchemas[collection as keyof typeof translationSchemas].shape).sort();
			expect(keys, collection).toEqual(['translatedFrom', ...fields].sort());
		}
	});

	it('count sentences without tripping on a German date or a number', () => {
		expect(sentenceBreaks('Seit dem 27. Mai 2025 nutzt Meta öffentliche Beiträge.')).toBe(0);
		expect(sentenceBreaks('Es gibt kein Formular. Mach dein Konto privat.')).toBe(1);
	});

	it('tell a translator to stamp a file that has no fingerprint, and to quote one that YAML read as a number', () => {
		const missing = translationSchemas.tips.safeParse({ title: 'Fünf Dinge' });
		expect(missing.error?.issues[0]?.message).toMatch(/translatedFrom is missing: run `npm run translations -- stamp/);
		const number = translationSchemas.tips.safeParse({ title: 'Fünf Dinge', translatedFrom: 1939252861 });
		expect(number.error?.issues[0]?.message).toMatch(/must be in quotes/);
	});
});
