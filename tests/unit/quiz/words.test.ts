/**
 * The quiz in every language: each language has every key English has, the same {placeholders},
 * every plural form Intl.PluralRules asks for in that language, and renders every sentence the plan
 * can show without a gap. A problem is reported as a readable list: language, key path, what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, TRANSLATED_LOCALES, type Locale } from '../../../src/lib/i18n/locales';
import { ASPECTS } from '../../../src/lib/quiz/answers';
import { QUESTION_TEXT, withText } from '../../../src/lib/quiz/question-text';
import { QUESTION_SPECS, WORRIES } from '../../../src/lib/quiz/questions';
import { REGIONAL_FACTS } from '../../../src/lib/quiz/regional-facts';
import { fillTemplate, pickPlural, renderNotice, renderReason, renderSummary, type Plural } from '../../../src/lib/quiz/render';
import type { NoticeCode, PlanSummary, ReasonCode } from '../../../src/lib/quiz/types';
import { QUIZ_WORDS, quizWords } from '../../../src/lib/quiz/words';
import { REGIONS } from '../../../src/lib/vocabulary';
import { intlLocale } from '../../../src/translations';

const PLURAL_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL_KEYS = new Set<string>(PLURAL_ORDER);
const isPlural = (value: unknown): value is Exclude<Plural, string> =>
	typeof value === 'object' && value !== null && 'other' in value && Object.keys(value).every((k) => PLURAL_KEYS.has(k));
const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
const show = (set: Iterable<string>) => [...set].map((p) => `{${p}}`).join(', ') || 'none';

/** Every way `translated` differs from `english` in shape, placeholders or plural forms, one line each. */
function differences(english: unknown, translated: unknown, tag: string, path: string): string[] {
	if (isPlural(english)) {
		if (!isPlural(translated))
			return [`${path}: should be a plural ({ ${Object.keys(english).join(', ')} }), is ${JSON.stringify(translated)}`];
		const problems: string[] = [];
		const needed = PLURAL_ORDER.filter((c) => (new Intl.PluralRules(tag).resolvedOptions().pluralCategories as string[]).includes(c));
		const given = Object.keys(translated);
		const missing = needed.filter((c) => !given.includes(c));
		const unused = given.filter((c) => !needed.includes(c));
		if (missing.length)
			problems.push(`${path}: missing plural form(s) ${missing.join(', ')} (Intl.PluralRules for ${tag} has ${needed.join(', ')})`);
		if (unused.length) problems.push(`${path}: plural form(s) ${unused.join(', ')} are never used in ${tag} (it has ${needed.join(', ')})`);
		const allowed = new Set(Object.values(english).flatMap((text) => [...placeholders(text as string)]));
		const inOther = placeholders(english.other);
		for (const [category, text] of Object.entries(translated)) {
			if (typeof text !== 'string' || text.trim() === '') problems.push(`${path}.${category}: empty`);
			else {
				const extra = [...placeholders(text)].filter((p) => !allowed.has(p));
				if (extra.length) problems.push(`${path}.${category}: placeholder(s) ${show(extra)} that English does not have`);
			}
		}
		const lost = [...inOther].filter((p) => !placeholders(translated.other).has(p));
		if (lost.length) problems.push(`${path}.other: missing placeholder(s) ${show(lost)}`);
		return problems;
	}
	if (typeof english === 'string') {
		if (typeof translated !== 'string') return [`${path}: missing (English: "${english}")`];
		if ((english.trim() === '') !== (translated.trim() === '')) return [`${path}: ${english ? 'empty' : 'should be empty, as in English'}`];
		const want = placeholders(english);
		const got = placeholders(translated);
		const same = want.size === got.size && [...want].every((p) => got.has(p));
		return same ? [] : [`${path}: placeholders ${show(got)}, English has ${show(want)}`];
	}
	if (typeof english === 'object' && english !== null) {
		if (typeof translated !== 'object' || translated === null) return [`${path}: missing`];
		const problems: string[] = [];
		for (const [key, value] of Object.entries(english)) {
			problems.push(...differences(value, (translated as Record<string, unknown>)[key], tag, `${path}.${key}`));
		}
		for (const key of Object.keys(translated)) if (!(key in english)) problems.push(`${path}.${key}: not in English`);
		return problems;
	}
	return english === translated ? [] : [`${path}: ${JSON.stringify(translated)}, English has ${JSON.stringify(english)}`];
}

const english = QUIZ_WORDS.en;
const name = (id: string) => `«${id}»`;

describe.each(TRANSLATED_LOCALES.map((l) => [l] as const))('The quiz in %s', (locale) => {
	const words = quizWords(locale);
	const tag = intlLocale(locale);

	it('has every key, placeholder and plural form English has', () => {
		const problems = [
			...differences(english.questionText, words.questionText, tag, 'questionText'),
			...differences(english.uiText, words.uiText, tag, 'uiText'),
			...differences(english.page, words.page, tag, 'page'),
			...differences({ ...english.templates, locale: undefined }, { ...words.templates, locale: undefined }, tag, 'templates'),
		];
		expect(problems, `${locale}:\n${problems.join('\n')}`).toEqual([]);
	});

	it(`uses the page's Intl locale (${tag}) for its lists, plurals and dates`, () => {
		expect(words.templates.locale).toBe(tag);
		expect(Intl.PluralRules.supportedLocalesOf(tag)).toEqual([tag]);
		expect(Intl.ListFormat.supportedLocalesOf(tag)).toEqual([tag]);
	});

	it('has the words of every question and option, so the page can build', () => {
		expect(() => withText(QUESTION_SPECS, words.questionText)).not.toThrow();
	});

	it('keeps every "(reported)" of the English, with its own word for it', () => {
		const flag = words.templates.certainty.reported.replace(/[\s\u00a0\u202f]*:$/, '').toLowerCase();
		const count = (text: string, mark: string) => text.toLowerCase().split(mark.toLowerCase()).length - 1;
		for (const [key, text] of Object.entries(english.templates.notices)) {
			if (typeof text !== 'string') continue;
			const translated = words.templates.notices[key as keyof typeof words.templates.notices] as string;
			expect(count(translated, `(${flag})`), `${locale} notices.${key}`).toBe(count(text, '(reported)'));
		}
	});

	it('names the "Probably not for you" group exactly as the plan shows it', () => {
		const title = words.uiText.groups['not-for-you'].title;
		expect(words.templates.notices['no-form-reach']).toContain(title);
		expect(words.templates.summary['all-ruled-out'] as string).toContain(title);
	});

	it('names the page\'s own "Forget my answers" button through {forget}', () => {
		expect(words.page.privacy).toContain('{forget}');
		expect(fillTemplate(words.page.privacy, { forget: words.uiText.forget })).toContain(words.uiText.forget);
	});
});

describe.each(LOCALES.map((l) => [l] as const))('Rendering the plan in %s', (locale: Locale) => {
	const { templates: t, uiText: ui } = quizWords(locale);
	const leftovers = (text: string) => /\{\w+\}|\bundefined\b|\bnull\b/.test(text);
	const counts = [0, 1, 2, 3, 5, 11, 21, 1_000_000];

	it('picks a form for every count with Intl.PluralRules and fills {count}', () => {
		for (const count of counts) {
			const summary = renderSummary('plan', count, t);
			expect(summary, `${locale} summary for ${count}`).toContain(String(count));
			expect(leftovers(summary), summary).toBe(false);
			for (const plural of [ui.more, ui.sources]) {
				const text = fillTemplate(pickPlural(plural, count, t.locale), { count });
				expect(leftovers(text), text).toBe(false);
			}
		}
		// One thing and several things never read the same where the language tells them apart.
		expect(renderSummary('plan', 1, t)).not.toBe(renderSummary('plan', 2, t).replace('2', '1'));
	});

	it('renders every reason with one and with several things in it', () => {
		const codes: ReasonCode[] = [
			'worries',
			'formal-right',
			'automatic',
			'folded',
			'trade-off',
			'unanswered-cost',
			'free-cost',
			'pays',
			'unclear',
			'not-professional',
			'ruled-out-cost',
			'ruled-out-paid',
			'worth-knowing',
		];
		for (const code of codes) {
			for (const size of [1, 3]) {
				for (const region of REGIONS) {
					const text = renderReason(
						{
							code,
							worries: [...WORRIES].slice(0, size),
							aspects: [...ASPECTS].slice(0, size),
							items: ['a', 'b', 'c'].slice(0, size),
							region,
							...(code === 'ruled-out-paid' ? { said: 'no' } : {}),
						} as never,
						t,
						name,
					);
					expect(text.trim(), `${locale} ${code}`).not.toBe('');
					expect(leftovers(text), `${locale} ${code}: ${text}`).toBe(false);
				}
			}
		}
	});

	it('renders every notice and regional fact, dated in its own language', () => {
		const codes: Exclude<NoticeCode, 'fact'>[] = [
			'no-region',
			'no-age',
			'no-form',
			'no-form-reach',
			'form-future-only',
			'already-objected',
			'undo-undocumented',
		];
		for (const code of codes) {
			for (const items of [[], ['a'], ['a', 'b']]) {
				const text = renderNotice({ code, regions: ['eu-eea', 'uk'], items }, t, name);
				expect(leftovers(text), `${locale} ${code}: ${text}`).toBe(false);
			}
		}
		for (const fact of REGIONAL_FACTS) {
			const text = renderNotice({ code: 'fact', fact: fact.id, asOf: fact.asOf, certainty: fact.certainty }, t, name);
			expect(text.trim(), `${locale} ${fact.id}`).not.toBe('');
			expect(leftovers(text), `${locale} ${fact.id}: ${text}`).toBe(false);
		}
		const summaries: PlanSummary[] = ['plan', 'no-worries', 'nothing-available', 'all-ruled-out', 'nothing-helps'];
		for (const summary of summaries) expect(leftovers(renderSummary(summary, 2, t))).toBe(false);
	});

	it('has words for every worry, aspect and region the plan can name', () => {
		for (const worry of WORRIES) expect(t.worries[worry], `${locale} worry ${worry}`).toBeTruthy();
		for (const aspect of ASPECTS) expect(t.aspects[aspect], `${locale} aspect ${aspect}`).toBeTruthy();
		for (const region of REGIONS) expect(t.regions[region], `${locale} region ${region}`).toBeTruthy();
	});
});

describe('The words of each language', () => {
	it('are in one place for every locale, and English is the words the island was built with', () => {
		expect(Object.keys(QUIZ_WORDS).sort()).toEqual([...LOCALES].sort());
		expect(quizWords('en').questionText).toBe(QUESTION_TEXT);
	});

	it('differ from English in every translated language (a copied English file is not a translation)', () => {
		for (const locale of TRANSLATED_LOCALES) {
			const words = quizWords(locale);
			expect(words.uiText.planHeading, locale).not.toBe(english.uiText.planHeading);
			expect(words.questionText.worries.prompt, locale).not.toBe(english.questionText.worries.prompt);
			expect(words.templates.summary['no-worries'], locale).not.toBe(english.templates.summary['no-worries']);
			expect(words.page.title, locale).not.toBe(english.page.title);
		}
	});

	it('report a missing key, placeholder or plural form by its path', () => {
		const { more: _more, ...noMore } = english.uiText;
		expect(differences(english.uiText, noMore, 'de', 'uiText')).toContain('uiText.more: should be a plural ({ one, other }), is undefined');
		expect(differences({ a: 'Question {position} of {total}' }, { a: 'Frage {position}' }, 'de', 'x')).toEqual([
			'x.a: placeholders {position}, English has {position}, {total}',
		]);
		expect(
			differences({ a: { one: '1 step', other: '{count} steps' } }, { a: { one: '{count} étape', other: '{count} étapes' } }, 'fr', 'x'),
		).toEqual(['x.a: missing plural form(s) many (Intl.PluralRules for fr has one, many, other)']);
	});
});
