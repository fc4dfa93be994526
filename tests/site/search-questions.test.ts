// The search test set (tests/search/questions.yaml): questions in readers' own words, each with the
// page that should come first, run against the built index with the site's own search code.
// Done when at least 95% come first and no question comes back empty (issue 12).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/lib/search/languages/en';
import { runSearch } from '../../src/lib/search/run';
import { loadBuiltPagefind, type BuiltPagefind } from './search-pagefind';
import { siteDir } from './site-files';
import { CONTENT_TYPES, REGIONS } from '../../src/lib/vocabulary';

const vocabulary = { types: CONTENT_TYPES, regions: REGIONS };

interface Question {
	q: string;
	first: string;
	needs?: string;
}

const questions = parse(readFileSync('tests/search/questions.yaml', 'utf8')) as Question[];
const built = (path: string) => existsSync(join(siteDir, path, 'index.html'));
const REQUIRED_SHARE = 0.95;

let pagefind: BuiltPagefind;
const firstUrl = new Map<string, { first: string | undefined; total: number }>();

beforeAll(async () => {
	pagefind = await loadBuiltPagefind(siteDir);
	for (const { q } of questions) {
		const outcome = await runSearch(pagefind, { q, type: '', region: '' }, en, vocabulary, { debounce: 0, pageSize: 3 });
		firstUrl.set(q, { first: outcome?.cards[0]?.url, total: outcome?.total ?? 0 });
	}
});

describe('the search test set', () => {
	it('has at least 40 questions, each naming a page', () => {
		expect(questions.length).toBeGreaterThanOrEqual(40);
		for (const { q, first } of questions) {
			expect(q.trim().length, JSON.stringify(q)).toBeGreaterThan(2);
			expect(first, q).toMatch(/^\/[a-z0-9/-]+\/$/);
		}
		expect(new Set(questions.map((x) => x.q.toLowerCase())).size).toBe(questions.length);
	});

	it('expects only pages that are in the build', () => {
		const missing = questions
			.filter((x) => !built(x.first))
			.map((x) => `${x.first}${x.needs ? ` (from the ${x.needs} issue)` : ''} for "${x.q}"`);
		expect(missing, `Expected first results missing from the build:\n${missing.join('\n')}`).toEqual([]);
	});

	it('never comes back empty', () => {
		const empty = questions.filter(({ q }) => firstUrl.get(q)!.total === 0).map((x) => x.q);
		expect(empty).toEqual([]);
	});

	it(`puts the expected page first for at least ${REQUIRED_SHARE * 100}% of the questions`, () => {
		const answerable = questions.filter((x) => built(x.first));
		const wrong = answerable.filter(({ q, first }) => firstUrl.get(q)!.first !== first);
		const share = (answerable.length - wrong.length) / answerable.length;
		const report = wrong.map(({ q, first }) => `"${q}": ${firstUrl.get(q)!.first ?? 'nothing'} instead of ${first}`).join('\n');
		console.log(
			`Search test set: ${answerable.length - wrong.length} of ${answerable.length} first results right (${(share * 100).toFixed(1)}%).${report ? `\n${report}` : ''}`,
		);
		expect(share, `Wrong first results:\n${report}`).toBeGreaterThanOrEqual(REQUIRED_SHARE);
	});
});
