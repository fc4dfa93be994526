// A search lives in the URL (/search/?q=…&type=…&region=…), with the vocabulary's neutral ids.
import { describe, expect, it } from 'vitest';
import { pagefindFilters, readSearchState, writeSearchState } from '../../../src/lib/search/state';
import { contentTypeLabels, regionLabels } from '../../../src/translations/en/vocabulary';
import { CONTENT_TYPES, REGIONS } from '../../../src/lib/vocabulary';

const vocabulary = { types: CONTENT_TYPES, regions: REGIONS };

describe('search state in the URL', () => {
	it('round-trips the query and filters', () => {
		const state = { q: 'opt out', type: 'faq', region: 'eu-eea' } as const;
		expect(readSearchState(writeSearchState(state), vocabulary)).toEqual(state);
	});

	it('ignores filter values the site does not have', () => {
		expect(readSearchState('?q=undo&type=blog&region=mars', vocabulary)).toEqual({ q: 'undo', type: '', region: '' });
	});

	it('still opens links made with the English labels', () => {
		const legacy = { types: contentTypeLabels, regions: regionLabels };
		expect(readSearchState('?q=undo&type=FAQ&region=EU%2FEEA', vocabulary, legacy)).toEqual({ q: 'undo', type: 'faq', region: 'eu-eea' });
		expect(readSearchState('?type=Tips&region=United+States', vocabulary, legacy)).toEqual({ q: '', type: 'tip', region: 'us' });
	});

	it('leaves an empty search out of the URL and cuts a pasted essay short', () => {
		expect(writeSearchState({ q: '  ', type: '', region: '' })).toBe('');
		expect(readSearchState(`?q=${'a'.repeat(500)}`, vocabulary).q).toHaveLength(200);
	});

	it('asks Pagefind only for the filters chosen', () => {
		expect(pagefindFilters({ type: '', region: '' })).toEqual({});
		expect(pagefindFilters({ type: 'setting', region: 'uk' })).toEqual({ type: 'setting', region: 'uk' });
	});
});
