// The search test sets, one per language (tests/search/questions.yaml for English,
// tests/search/questions.<locale>.yaml for the others): questions in readers' own words, each with
// the page that should come first, run against that language's index (Pagefind's index for the
// page's <html lang>) with the site's own search code and that language's question clean-up table.
// Done when, in every language, at least 95% come first and no question comes back empty (issues 12 and 13).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANG_TAGS, LOCALES, localeFromPath, type Locale } from '../../src/lib/i18n/locales';
import { SEARCH_LANGUAGES } from '../../src/lib/search/languages/all';
import { runSearch } from '../../src/lib/search/run';
import { loadBuiltPagefind, questionFile } from './search-pagefind';
import { siteDir } from './site-files';
import { CONTENT_TYPES, REGIONS } from '../../src/lib/vocabulary';

const vocabulary = { types: CONTENT_TYPES, regions: REGIONS };

interface Question {
	q: string;
	first: string;
	needs?: string;
}

const MIN_QUESTIONS: Record<Locale, number> = { en: 40, de: 15, fr: 15, es: 15, it: 15, 'pt-br': 15 };
const REQUIRED_SHARE = 0.95;

const built = (path: string) => existsSync(join(siteDir, path, 'index.html'));
/** A page whose text is in its language: a page with no translation yet shows the English text, marked lang="en". */
const translated = (path: string) =>
	built(path) && !/<div class="wrap"[^>]* lang="en"/.test(readFileSync(join(siteDir, path, 'index.html'), 'utf8'));

describe.each(LOCALES.map((locale) => [locale] as const))('the search test set in %s', (locale) => {
	const file = questionFile(locale);
	const questions = (existsSync(file) ? parse(readFileSync(file, 'utf8')) : []) as Question[];
	const firstUrl = new Map<string, { first: string | undefined; total: number }>();
	const answerable = () => questions.filter((x) => translated(x.first));

	beforeAll(async () => {
		const pagefind = await loadBuiltPagefind(siteDir, undefined, LANG_TAGS[locale]);
		for (const { q } of questions) {
			const outcome = await runSearch(pagefind, { q, type: '', region: '' }, SEARCH_LANGUAGES[locale], vocabulary, {
				debounce: 0,
				pageSize: 3,
			});
			firstUrl.set(q, { first: outcome?.cards[0]?.url, total: outcome?.total ?? 0 });
		}
	});

	it(`has at least ${MIN_QUESTIONS[locale]} questions, each naming a page in ${locale}`, () => {
		expect(questions.length, file).toBeGreaterThanOrEqual(MIN_QUESTIONS[locale]);
		for (const { q, first } of questions) {
			expect(q.trim().length, JSON.stringify(q)).toBeGreaterThan(2);
			expect(first, q).toMatch(/^\/[a-z0-9/-]+\/$/);
			expect(localeFromPath(first), `${first} for "${q}" is not a ${locale} page`).toBe(locale);
		}
		expect(new Set(questions.map((x) => x.q.toLowerCase())).size).toBe(questions.length);
	});

	it('expects only pages that are in the build, in its language', () => {
		const missing = questions
			.filter((x) => !translated(x.first))
			.map(
				(x) => `${x.first}${x.needs ? ` (from the ${x.needs} issue)` : ''} for "${x.q}"${built(x.first) ? ' (not translated yet)' : ''}`,
			);
		expect(missing, `Expected first results missing from the build:\n${missing.join('\n')}`).toEqual([]);
	});

	it('never comes back empty', () => {
		const empty = questions.filter(({ q }) => firstUrl.get(q)!.total === 0).map((x) => x.q);
		expect(empty).toEqual([]);
	});

	it('only finds pages of its own language', () => {
		const elsewhere = questions.filter(({ q }) => {
			const first = firstUrl.get(q)!.first;
			return first !== undefined && localeFromPath(first) !== locale;
		});
		expect(elsewhere.map(({ q }) => `"${q}": ${firstUrl.get(q)!.first}`)).toEqual([]);
	});

	it(`puts the expected page first for at least ${REQUIRED_SHARE * 100}% of the questions`, () => {
		const wrong = answerable().filter(({ q, first }) => firstUrl.get(q)!.first !== first);
		const share = (answerable().length - wrong.length) / answerable().length;
		const report = wrong.map(({ q, first }) => `"${q}": ${firstUrl.get(q)!.first ?? 'nothing'} instead of ${first}`).join('\n');
		console.log(
			`Search test set (${locale}): ${answerable().length - wrong.length} of ${answerable().length} first results right (${(share * 100).toFixed(1)}%).${report ? `\n${report}` : ''}`,
		);
		expect(share, `Wrong first results:\n${report}`).toBeGreaterThanOrEqual(REQUIRED_SHARE);
	});
});
