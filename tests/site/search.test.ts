// Search over the built index, with the site's own Pagefind bundle and the same query handling as
// the search box (src/lib/search/run.ts). Each pair is a real query and the answer a reader expects first.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PagefindResultData } from '../../src/lib/search/cards';
import { en } from '../../src/lib/search/languages/en';
import { runSearch, type SearchOutcome } from '../../src/lib/search/run';
import type { SearchState } from '../../src/lib/search/state';
import { loadBuiltPagefind, type BuiltPagefind } from './search-pagefind';
import { pages, siteDir } from './site-files';
import { CONTENT_TYPES, REGIONS } from '../../src/lib/vocabulary';

const vocabulary = { types: CONTENT_TYPES, regions: REGIONS };

let pagefind: BuiltPagefind;
let indexed: PagefindResultData[];

beforeAll(async () => {
	pagefind = await loadBuiltPagefind(siteDir);
	const all = await pagefind.search(null);
	indexed = await Promise.all(all!.results.map((r) => r.data()));
});

async function search(q: string, filters: Partial<Omit<SearchState, 'q'>> = {}): Promise<SearchOutcome> {
	const outcome = await runSearch(pagefind, { q, type: filters.type ?? '', region: filters.region ?? '' }, en, vocabulary, {
		debounce: 0,
		pageSize: 5,
	});
	return outcome!;
}

const faq = (id: string) => `/faq/${id}/`;

/** [what a reader types, the page that should come first] */
const firstResults: [string, string][] = [
	['can I undo it', faq('can-i-undo-my-objection')],
	['withdraw objection', faq('can-i-undo-my-objection')],
	['are my DMs used', faq('are-my-dms-used')],
	['private messages', faq('are-my-dms-used')],
	["I'm in the US", faq('i-live-in-the-us-can-i-opt-out')],
	['United States', faq('i-live-in-the-us-can-i-opt-out')],
	['US', faq('i-live-in-the-us-can-i-opt-out')],
	['turn off meta ai', faq('can-i-turn-off-meta-ai')],
	['disable meta ai', faq('can-i-turn-off-meta-ai')],
	['how do I opt out', faq('how-do-i-opt-out')],
	['objection form', faq('how-do-i-opt-out')],
	['does opting out change my feed', faq('will-opting-out-change-my-feed')],
	['is it too late to object', faq('is-it-too-late-to-object')],
	['will I lose safety features', faq('does-opting-out-turn-off-safety-features')],
	['do I need to object for each account', faq('do-i-object-once-or-per-account')],
	['are my Meta AI chats used', faq('are-my-meta-ai-chats-used')],
	['does a private account stop AI training', faq('does-a-private-account-stop-ai-training')],
	['I live in the UK', faq('i-live-in-the-uk-can-i-object')],
	['UK', faq('i-live-in-the-uk-can-i-object')],
	['Britain', faq('i-live-in-the-uk-can-i-object')],
	['my teenager', faq('does-it-apply-to-teens')],
	['kids', faq('does-it-apply-to-teens')],
	['multiple accounts', faq('do-i-object-once-or-per-account')],
	['opt out', faq('how-do-i-opt-out')],
];

describe('search puts the answer people mean first', () => {
	it.each(firstResults)('searching "%s" shows %s first', async (q, url) => {
		const { cards } = await search(q);
		expect(cards[0]?.url).toBe(url);
	});
});

describe('search results', () => {
	it('for "mute meta ai" show the Mute setting first and the turn-off answer next', async () => {
		const { cards } = await search('mute meta ai');
		expect(cards[0]?.url).toMatch(/^\/settings\/mute[\w-]*\/$/);
		expect(cards[1]?.url).toBe(faq('can-i-turn-off-meta-ai'));
	});

	it('show a setting with its summary', async () => {
		const { cards } = await search('mute meta ai', { type: 'setting' });
		expect(cards[0]?.type).toBe('setting');
		expect(cards[0]?.answer?.length).toBeGreaterThan(20);
	});

	it('show a FAQ question with its short answer', async () => {
		const { cards } = await search('can I undo it');
		const html = readFileSync(join(siteDir, 'faq/can-i-undo-my-objection/index.html'), 'utf8');
		const doc = new JSDOM(html).window.document;
		expect(cards[0]?.title).toBe(doc.querySelector('h1')?.textContent?.trim());
		expect(cards[0]?.answer).toBe(doc.querySelector('.lede')?.textContent?.trim());
		expect(cards[0]?.type).toBe('faq');
	});

	it('rank a question whose title has the words above pages that only mention them', async () => {
		const { cards } = await search('DMs');
		expect(cards[0]?.url).toBe(faq('are-my-dms-used'));
		expect(cards.slice(1).every((c) => c.url !== faq('are-my-dms-used'))).toBe(true);
	});

	it('find "opt-out", "opt out" and "optout" alike', async () => {
		for (const q of ['opt-out', 'opt out', 'optout']) {
			const { total, cards } = await search(q);
			expect(total, q).toBeGreaterThan(5);
			expect(
				cards.every((c) => c.url.startsWith('/')),
				q,
			).toBe(true);
		}
	});

	it('still show pages with most of the words when no page has all of them', async () => {
		const outcome = await search('does opting out stop all data collection');
		expect(outcome.partial).toBe(true);
		expect(outcome.cards.map((c) => c.url)).toContain(faq('does-opting-out-stop-all-data-collection'));
	});

	it('can be narrowed to one type of page', async () => {
		const { cards } = await search('opt out', { type: 'guide' });
		expect(cards.length).toBeGreaterThan(0);
		expect(cards.every((c) => c.type === 'guide' && c.url.startsWith('/guide/'))).toBe(true);
	});

	it('can be narrowed to one region', async () => {
		const { cards } = await search('object', { region: 'uk' });
		expect(cards.length).toBeGreaterThan(0);
		expect(cards.every((c) => c.regions.includes('uk'))).toBe(true);
	});

	it('link guide results to the sections where the words are', async () => {
		const { cards } = await search('private messages', { type: 'guide' });
		const sections = cards.flatMap((c) => c.sections);
		expect(sections.length).toBeGreaterThan(0);
		for (const s of sections) expect(s.url).toMatch(/^\/guide\/[^/]+\/#[\w-]+$/);
	});
});

describe('the search index', () => {
	const paths = pages.map((p) => p.path);
	const urls = () => indexed.map((d) => d.url);

	it('holds every FAQ question page, as a FAQ', () => {
		const faqPages = paths.filter((p) => /^\/faq\/[^/]+\/$/.test(p));
		expect(faqPages.length).toBeGreaterThan(10);
		for (const p of faqPages) expect(indexed.find((d) => d.url === p)?.filters?.type).toEqual(['faq']);
	});

	it('holds every guide section and the conclusion, as Guide', () => {
		const guidePages = paths.filter((p) => /^\/guide\/[^/]+\/$/.test(p));
		expect(guidePages.length).toBeGreaterThanOrEqual(8);
		for (const p of guidePages) expect(indexed.find((d) => d.url === p)?.filters?.type).toEqual(['guide']);
	});

	it('holds every setting page, as Setting', () => {
		const settingFiles = readdirSync('content/settings').filter((f) => f.endsWith('.md'));
		const settingPages = paths.filter((p) => /^\/settings\/[^/]+\/$/.test(p));
		expect(settingPages).toHaveLength(settingFiles.length);
		for (const p of settingPages) expect(indexed.find((d) => d.url === p)?.filters?.type).toEqual(['setting']);
	});

	it('holds the tips and about pages', () => {
		expect(indexed.find((d) => d.url === '/tips/')?.filters?.type).toEqual(['tip']);
		expect(indexed.find((d) => d.url === '/about/')?.filters?.type).toEqual(['about']);
	});

	it('leaves out the search page, the 404 page and the pages that only list others', () => {
		for (const p of ['/search/', '/404.html', '/404/', '/', '/faq/', '/guide/', '/sources/']) expect(urls()).not.toContain(p);
	});

	it('gives every indexed page exactly one type', () => {
		for (const d of indexed) expect(d.filters?.type, d.url).toHaveLength(1);
	});

	it('has only pages that exist, at their real URLs', () => {
		for (const url of urls()) expect(paths).toContain(url);
	});

	it('keeps navigation, contents lists, source lists and previous/next links out of what is searched', () => {
		const guide = indexed.find((d) => /^\/guide\/[^/]+\/$/.test(d.url) && d.url !== '/guide/conclusion/')!;
		const faqPage = indexed.find((d) => d.url.startsWith('/faq/'))!;
		for (const d of [guide, faqPage]) {
			expect(d.content).not.toMatch(/Skip to main content|On this page|Primary source|Secondary source|All questions and answers/);
			expect(d.content).not.toMatch(/An independent guide, not made by Meta/);
			expect(d.content).not.toMatch(/\bPrevious\b.*\bNext\b/);
			expect(d.content).not.toMatch(/Last verified against its sources/);
		}
	});
});
