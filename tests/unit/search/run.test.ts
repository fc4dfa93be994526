// The search steps (src/lib/search/run.ts) over a small stand-in for Pagefind: strict first, the
// site's wording for synonyms, ranked fallback so a question never comes back empty, regions lifted.
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/search/languages/en';
import { cleanQuery } from '../../../src/lib/search/query';
import { asksTheSame, runSearch, type PagefindApi, type PagefindResult } from '../../../src/lib/search/run';
import { CONTENT_TYPES, REGIONS } from '../../../src/lib/vocabulary';

const vocabulary = { types: CONTENT_TYPES, regions: REGIONS };

interface FakePage {
	url: string;
	text: string;
	regions?: string[];
	type?: string;
}

/** Every word of a term must be on the page (like Pagefind); the score counts the matches. */
function fakePagefind(pages: FakePage[]): PagefindApi & { terms: (string | null)[] } {
	const terms: (string | null)[] = [];
	const search = async (term: string | null, options: { filters?: Record<string, string> } = {}) => {
		terms.push(term);
		const filters = options.filters ?? {};
		const results: PagefindResult[] = [];
		for (const page of pages) {
			if (filters.region && !(page.regions ?? []).includes(filters.region)) continue;
			if (filters.type && page.type !== filters.type) continue;
			const text = ` ${page.text.toLowerCase()} `;
			const words = term === null ? [] : term.split(' ');
			if (!words.every((w) => text.includes(` ${w}`))) continue;
			const score = words.reduce((n, w) => n + text.split(` ${w}`).length - 1, 0) || 1;
			results.push({
				id: page.url,
				score,
				data: async () => ({
					url: page.url,
					excerpt: '',
					meta: { title: page.url },
					filters: { type: [page.type ?? 'faq'], region: page.regions ?? [] },
				}),
			});
		}
		results.sort((a, b) => b.score - a.score);
		return { results };
	};
	return { terms, search, debouncedSearch: (term, options) => search(term, options) };
}

const run = async (pagefind: PagefindApi, q: string, region: '' | 'uk' = '') =>
	(await runSearch(pagefind, { q, type: '', region }, en, vocabulary, { debounce: 0, pageSize: 5 }))!;

const pages: FakePage[] = [
	{ url: '/faq/undo/', text: 'Can I undo my objection? No page explains how to undo an objection.', regions: ['eu-eea', 'uk'] },
	{ url: '/faq/how/', text: 'How do I object? Use the objection form. Object object object.', regions: ['eu-eea', 'uk'] },
	{ url: '/faq/us/', text: 'I live in the United States. There is no objection form there.', regions: ['us'] },
	{ url: '/faq/uk/', text: 'I live in the UK. You can object to Meta.', regions: ['uk'] },
	{ url: '/guide/', text: 'Meta uses public posts and photos. In the United States there is no form.' },
];

describe('a search', () => {
	it('finds the page that holds every word of the question', async () => {
		const outcome = await run(fakePagefind(pages), 'can I undo my objection?');
		expect(outcome.cards[0]?.url).toBe('/faq/undo/');
		expect(outcome.partial).toBe(false);
	});

	it('also searches the site’s wording for a synonym the pages do not use', async () => {
		const pagefind = fakePagefind(pages);
		const outcome = await run(pagefind, 'reverse my objection');
		expect(pagefind.terms).toContain('undo objection');
		expect(outcome.cards[0]?.url).toBe('/faq/undo/');
	});

	it('falls back to the pages with most of the ideas when no page has them all', async () => {
		const outcome = await run(fakePagefind(pages), 'undo objection pineapple');
		expect(outcome.partial).toBe(true);
		expect(outcome.cards[0]?.url).toBe('/faq/undo/');
		expect(outcome.total).toBeGreaterThan(1);
	});

	it('adds ranked pages after too few strict ones', async () => {
		const outcome = await run(fakePagefind(pages), 'objection form');
		expect(outcome.partial).toBe(false);
		expect(
			outcome.cards
				.slice(0, 2)
				.map((c) => c.url)
				.sort(),
		).toEqual(['/faq/how/', '/faq/us/']);
		expect(outcome.cards.map((c) => c.url)).toContain('/faq/undo/');
	});

	it('lifts pages specific to the region a question names', async () => {
		const outcome = await run(fakePagefind(pages), 'I live in the US');
		expect(outcome.cards[0]?.url).toBe('/faq/us/');
		expect(outcome.cards.map((c) => c.url)).toContain('/guide/');
	});

	it('puts the answer for the place a question names first', async () => {
		const both = [
			{ url: '/faq/us-opt-out/', text: 'In the US can I opt out of training?', regions: ['us'] },
			{ url: '/faq/how-to-opt-out/', text: 'How do I opt out of training? The form.', regions: ['eu-eea', 'uk'] },
		];
		const pagefind = fakePagefind(both);
		await run(pagefind, 'opt out of training');
		expect(pagefind.terms, 'no region named: the region filter is not fetched').not.toContain(null);
		expect((await run(fakePagefind(both), 'opt out of training in the US')).cards[0]?.url).toBe('/faq/us-opt-out/');
	});

	it('respects a region the reader chose', async () => {
		const outcome = await run(fakePagefind(pages), 'object', 'uk');
		expect(outcome.cards.every((c) => c.regions.includes('uk'))).toBe(true);
	});

	it('returns nothing, without searching, for a blank query', async () => {
		const pagefind = fakePagefind(pages);
		expect((await run(pagefind, '   ')).total).toBe(0);
		expect(pagefind.terms).toEqual([]);
	});

	it('pages through results', async () => {
		const many = Array.from({ length: 12 }, (_, i) => ({ url: `/p${i}/`, text: 'opt out' }));
		const first = await run(fakePagefind(many), 'opt out');
		expect(first.cards).toHaveLength(5);
		const second = await first.more!();
		expect(second.cards).toHaveLength(5);
		expect((await second.more!()).more).toBeUndefined();
	});
});

describe('a page that asks the same question', () => {
	const data = (title: string, asked = '') => ({ url: '/x/', excerpt: '', meta: { title, asked } });

	it('counts the ideas its question and other phrasings hold, the reader’s own words first', () => {
		const query = cleanQuery('does meta ai use what i say to it', en);
		const chats = asksTheSame(query, data('Are my chats with Meta AI used for training?', 'does meta ai keep what i say to it'));
		const habit = asksTheSame(query, data('Don’t chat with Meta AI', 'stop using meta ai chat'));
		expect(chats).toBeGreaterThan(habit);
	});

	it('lets the question word settle a tie ("what is" finds "What is…")', () => {
		const query = cleanQuery('what is the meta ai opt out', en);
		const what = asksTheSame(query, data('What is the Meta AI opt-out on Instagram?'));
		const how = asksTheSame(query, data('How do I opt out of Meta AI training?'));
		expect(what).toBe(how + 1);
	});
});
