import { describe, expect, it } from 'vitest';
import { countSyllables, fleschKincaid, proseOf } from '../../src/lib/readability';

describe('readability', () => {
	it('counts syllables of common words', () => {
		expect(countSyllables('cat')).toBe(1);
		expect(countSyllables('privacy')).toBe(3);
		expect(countSyllables('objection')).toBe(3);
		expect(countSyllables('make')).toBe(1);
	});

	it('counts the words a vowel-group rule gets wrong (the reason for the syllable package)', () => {
		// A rule that counts vowel groups and drops a final "e" says 1, 1, 1, 2 and 3 here.
		expect(countSyllables('create')).toBe(2);
		expect(countSyllables('being')).toBe(2);
		expect(countSyllables('reuse')).toBe(2);
		expect(countSyllables('video')).toBe(3);
		expect(countSyllables('business')).toBe(2);
	});

	it('grades short plain sentences lower than long technical ones', () => {
		const plain = fleschKincaid('You can say no. Meta must stop. It only works from now on.');
		const dense = fleschKincaid(
			'The controller shall no longer process the personal data unless the controller demonstrates compelling legitimate grounds for the processing which override the interests, rights and freedoms of the data subject.',
		);
		expect(plain.grade).toBeLessThan(4);
		expect(dense.grade).toBeGreaterThan(15);
	});

	it('measures the words a reader sees, not the markup', () => {
		expect(proseOf('See [the FAQ](/faq/) <Cite id="x" /> for **more**.')).toBe('See the FAQ  for more.');
	});
});
