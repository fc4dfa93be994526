// How what a reader types becomes the words searched for (src/lib/search/query.ts with the English table).
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/search/languages/en';
import { cleanQuery, searchWords, strictTerms } from '../../../src/lib/search/query';

const words = (q: string) => searchWords(cleanQuery(q, en));
const terms = (q: string) => strictTerms(cleanQuery(q, en));
const regions = (q: string) => cleanQuery(q, en).regions;

describe('question clean-up', () => {
	it('drops question words, small words and punctuation', () => {
		expect(words('How do I stop Meta AI from using my photos?')).toEqual(['stop', 'meta', 'ai', 'using', 'photos']);
		expect(words('Can I undo it?')).toEqual(['undo']);
		expect(words('why is meta ai on my instagram')).toEqual(['meta', 'ai', 'instagram']);
	});

	it('opens contractions and keeps "not", which often decides the answer', () => {
		expect(words("I don't give Meta permission")).toEqual(['not', 'give', 'meta', 'permission']);
		expect(words('why can’t australians opt out')).toEqual(['not', 'australians', 'opt', 'out']);
		expect(words("Meta's AI")).toEqual(['meta', 'ai']);
	});

	it('keeps the words when every one of them is a small word', () => {
		expect(words('can I')).toEqual(['can', 'i']);
		expect(words('   ')).toEqual([]);
		expect(terms('   ')).toEqual([]);
	});

	it('keeps hyphenated words whole and a quoted phrase exactly as typed', () => {
		expect(words('opt-out form')).toEqual(['opt-out', 'form']);
		expect(terms('"objection form"')).toEqual(['"objection form"']);
	});
});

describe('place names', () => {
	it('read "US", "USA", "U.S." and "the us" as the United States', () => {
		for (const q of ['US', 'USA', 'U.S.', "I'm in the US", 'i live in the us', 'im in the usa']) {
			expect(words(q), q).toEqual(expect.arrayContaining(['united', 'states']));
			expect(regions(q), q).toEqual(['us']);
		}
	});

	it('read a lower-case "us" on its own as the pronoun', () => {
		expect(words('can meta use photos of us')).toEqual(['meta', 'use', 'photos']);
		expect(regions('can meta use photos of us')).toEqual([]);
	});

	it('name Britain and the United Kingdom the way the pages do, as the UK', () => {
		expect(words('Britain')).toEqual(['uk']);
		expect(words('I live in the United Kingdom')).toEqual(['uk']);
		expect(regions('I live in England')).toEqual(['uk']);
	});

	it('turn countries and their people into region ids', () => {
		expect(regions('can brazilians refuse ai training')).toEqual(['brazil']);
		expect(regions('i live in brazil')).toEqual(['brazil']);
		expect(regions('why cant australians opt out')).toEqual(['australia']);
		expect(regions('I am German')).toEqual(['eu-eea']);
		expect(regions('i live in canada')).toEqual(['elsewhere']);
		expect(regions('swiss users')).toEqual(['switzerland']);
	});
});

describe('synonyms', () => {
	it('search the words as typed and in the site’s wording', () => {
		expect(terms('reverse my opt out')).toEqual(['reverse opt out', 'undo object']);
		expect(terms('take back my objection')).toEqual(['take back objection', 'undo objection']);
		expect(terms('are my pics used')).toEqual(['pics used', 'photos used']);
		expect(terms('will meta read my direct messages')).toEqual(['meta read direct messages', 'meta read dms']);
		expect(terms('get rid of meta ai')).toEqual(['rid meta ai', 'turn off meta ai']);
		expect(terms('how do i stop meta ai from using my photos')).toEqual(['stop meta ai using photos', 'object photos']);
		expect(terms('disable it')).toEqual(['disable', 'turn off']);
	});

	it('match the longest phrase first', () => {
		expect(cleanQuery('remove meta ai', en).concepts).toEqual([['remove meta ai', 'turn off meta ai']]);
		expect(cleanQuery('does objecting remove data', en).concepts).toEqual([['objecting'], ['remove'], ['data']]);
	});

	it('leave a query alone when nothing in it has another wording', () => {
		expect(terms('objection form')).toEqual(['objection form']);
	});

	it('keep each synonym group’s wordings distinct across groups', () => {
		const seen = new Map<string, number>();
		en.synonyms.forEach((group, i) => {
			for (const entry of group) {
				expect(seen.get(entry), `"${entry}" is in two groups`).toBeUndefined();
				seen.set(entry, i);
				expect(entry, 'entries are lower case').toBe(entry.toLowerCase());
			}
		});
	});
});
