// What a result card shows, from a Pagefind result (src/lib/search/cards.ts).
import { describe, expect, it } from 'vitest';
import { excerptParts, resultCountText, toResultCard } from '../../../src/lib/search/cards';
import { contentTypeLabels, regionLabels } from '../../../src/translations/en/vocabulary';
import { searchText } from '../../../src/translations/en/search';
import { searchText as de } from '../../../src/translations/de/search';
import { CONTENT_TYPES, REGIONS } from '../../../src/lib/vocabulary';

const vocabulary = { types: CONTENT_TYPES, regions: REGIONS };

const labels = { types: contentTypeLabels, regions: regionLabels, ...searchText.results };

describe('result cards', () => {
	it('give a FAQ result its one-line answer instead of an excerpt', () => {
		const card = toResultCard(
			{
				url: '/faq/can-i-undo-my-objection/',
				excerpt: 'can I <mark>undo</mark>',
				meta: { title: 'Can I undo my objection?', answer: ' Nobody has documented a way. ' },
				filters: { type: ['faq'], region: ['eu-eea', 'uk'] },
			},
			vocabulary,
		);
		expect(card).toMatchObject({
			type: 'faq',
			title: 'Can I undo my objection?',
			answer: 'Nobody has documented a way.',
			excerpt: [],
			regions: ['eu-eea', 'uk'],
		});
	});

	it('give a setting its summary and the regions where it applies', () => {
		const card = toResultCard(
			{
				url: '/settings/mute-meta-ai/',
				excerpt: '',
				meta: { title: 'Mute the Meta AI chat', summary: 'Muting stops notifications.' },
				filters: { type: ['setting'], region: ['uk', 'atlantis'] },
			},
			vocabulary,
		);
		expect(card).toMatchObject({ type: 'setting', answer: 'Muting stops notifications.', regions: ['uk'] });
	});

	it('give a guide page its highlighted excerpt and the sections that matched', () => {
		const card = toResultCard(
			{
				url: '/guide/privacy-implications/',
				excerpt: 'your <mark>messages</mark>',
				meta: { title: 'Privacy' },
				filters: { type: ['guide'] },
				sub_results: [
					{ title: 'Privacy', url: '/guide/privacy-implications/', excerpt: '' },
					{ title: 'Messages', url: '/guide/privacy-implications/#messages', excerpt: '', anchor: {} },
				],
			},
			vocabulary,
		);
		expect(card.answer).toBeUndefined();
		expect(card.excerpt).toEqual([
			{ text: 'your ', marked: false },
			{ text: 'messages', marked: true },
		]);
		expect(card.sections).toEqual([{ title: 'Messages', url: '/guide/privacy-implications/#messages' }]);
	});

	it('keep highlights and decode entities without any HTML', () => {
		expect(excerptParts('Meta&#39;s <mark>objection</mark> form &amp; <b>more</b>')).toEqual([
			{ text: "Meta's ", marked: false },
			{ text: 'objection', marked: true },
			{ text: ' form & more', marked: false },
		]);
	});
});

describe('the announced result count', () => {
	it('names the filters in words a reader knows', () => {
		expect(resultCountText(1, { q: 'undo', type: 'faq', region: 'uk' }, labels)).toBe('1 result for “undo” (type FAQ, region UK).');
		expect(resultCountText(0, { q: 'zzz', type: '', region: '' }, labels)).toBe('No results for “zzz”.');
		expect(resultCountText(4, { q: 'a b', type: '', region: '' }, labels, true)).toMatch(/^No page has all of these words\. 4 results/);
	});

	it('speaks the page’s language', () => {
		const german = { ...labels, ...de.results, regions: { ...regionLabels, uk: 'Vereinigtes Königreich' } };
		expect(resultCountText(1, { q: 'widerspruch', type: '', region: 'uk' }, german)).toBe(
			'1 Ergebnis für „widerspruch“ (Region Vereinigtes Königreich).',
		);
		expect(resultCountText(3, { q: 'dms', type: '', region: '' }, german)).toBe('3 Ergebnisse für „dms“.');
		expect(resultCountText(0, { q: 'zzz', type: '', region: '' }, german)).toBe('Keine Ergebnisse für „zzz“.');
	});
});
