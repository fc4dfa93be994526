// How what a reader types becomes a search, and how a search lives in the URL (search-state.ts).
import { describe, expect, it } from 'vitest';
import { excerptParts, readSearchState, searchWords, writeSearchState } from '../../src/components/search/search-state';

describe('search words', () => {
	it('drop words that carry no meaning in a question', () => {
		expect(searchWords('Can I undo it?')).toEqual(['undo']);
		expect(searchWords('are my DMs used')).toEqual(['dms', 'used']);
	});

	it('read "US", "USA" and "U.S." as the United States, not the word "us"', () => {
		for (const q of ['US', 'USA', 'U.S.', "I'm in the US"]) expect(searchWords(q), q).toEqual(['united', 'states']);
	});

	it('read Britain and the United Kingdom as the UK', () => {
		expect(searchWords('Britain')).toEqual(['uk']);
		expect(searchWords('I live in the United Kingdom')).toEqual(['live', 'uk']);
	});

	it('open up contractions and keep "not"', () => {
		expect(searchWords("I don't give Meta permission")).toEqual(['not', 'give', 'meta', 'permission']);
		expect(searchWords("can't object")).toEqual(['not', 'object']);
	});

	it('keep hyphenated words whole and a quoted phrase as it is', () => {
		expect(searchWords('opt-out form')).toEqual(['opt-out', 'form']);
		expect(searchWords('"objection form"')).toEqual(['"objection form"']);
	});

	it('keep the words when every one of them is a small word', () => {
		expect(searchWords('can I')).toEqual(['can', 'i']);
		expect(searchWords('   ')).toEqual([]);
	});
});

describe('search state in the URL', () => {
	it('round-trips the query and filters', () => {
		const state = { q: 'opt out', type: 'FAQ', region: 'EU/EEA' };
		expect(readSearchState(writeSearchState(state))).toEqual(state);
	});

	it('ignores filter values the site does not have', () => {
		expect(readSearchState('?q=undo&type=Blog&region=Mars')).toEqual({ q: 'undo', type: '', region: '' });
	});

	it('leaves an empty search out of the URL', () => {
		expect(writeSearchState({ q: '  ', type: '', region: '' })).toBe('');
	});
});

describe('excerpts', () => {
	it('keep highlights and decode entities without any HTML', () => {
		expect(excerptParts('Meta&#39;s <mark>objection</mark> form &amp; <b>more</b>')).toEqual([
			{ text: "Meta's ", marked: false },
			{ text: 'objection', marked: true },
			{ text: ' form & more', marked: false },
		]);
	});
});
