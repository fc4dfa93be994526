/**
 * One quiz for every language: share links and plans are made of ids, never words, so the same
 * answers give the same plan whichever language's words and setting names the page has.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/i18n/locales';
import { loadCatalogue } from '../../../src/lib/quiz/load-catalogue';
import { buildPlan, planItems } from '../../../src/lib/quiz/plan';
import { QUESTIONS } from '../../../src/lib/quiz/question-text';
import { renderNotice, renderReason, renderSummary } from '../../../src/lib/quiz/render';
import { decodeAnswers, encodeAnswers } from '../../../src/lib/quiz/share-link';
import type { Answers, CatalogueItem, Plan } from '../../../src/lib/quiz/types';
import { quizWords } from '../../../src/lib/quiz/words';
import { intlLocale } from '../../../src/translations';
import { options, validAnswers } from '../../helpers/quiz-answers';

const english = loadCatalogue();
/** The catalogue as a page in `locale` gets it: every name in that language, sorted by name in that language. */
function catalogueIn(locale: string): CatalogueItem[] {
	const collator = new Intl.Collator(locale === 'en' ? 'en-GB' : locale);
	return english
		.map((item) => ({ ...item, name: locale === 'en' ? item.name : `${locale}: ${[...item.name].reverse().join('')}` }))
		.sort((a, b) => collator.compare(a.name, b.name));
}
const catalogues = Object.fromEntries(LOCALES.map((l) => [l, catalogueIn(l)]));

/** Everything about a plan that is not words: which items, in which group and order, why, and which notices. */
const shape = (plan: Plan) => JSON.stringify(plan);

describe('A share link', () => {
	it('holds answers only: no language and no words, just the version and question and option ids', () => {
		fc.assert(
			fc.property(validAnswers, (answers) => {
				const fragment = encodeAnswers(answers);
				const ids = new Set(['v', ...QUESTIONS.map((q) => q.id)]);
				for (const part of fragment.split('&')) {
					const [key, value = ''] = part.split('=');
					expect(ids.has(key!), part).toBe(true);
					if (key !== 'v') for (const option of value.split(',').filter(Boolean)) expect(options(key!), part).toContain(option);
				}
			}),
		);
	});

	it('made on a page in one language gives the same plan on a page in any other', () => {
		fc.assert(
			fc.property(validAnswers, fc.constantFrom(...LOCALES), fc.constantFrom(...LOCALES), (answers, madeIn, openedIn) => {
				// The link is made from the answers alone; the page it was made on plays no part.
				const decoded = decodeAnswers(encodeAnswers(answers));
				expect(decoded.ok).toBe(true);
				if (!decoded.ok) return;
				const made = buildPlan(answers, catalogues[madeIn]!);
				const opened = buildPlan(decoded.answers, catalogues[openedIn]!);
				expect(shape(opened)).toBe(shape(made));
			}),
			{ numRuns: 300 },
		);
	});

	it('opens a plan whose every sentence reads in the language of the page that opened it', () => {
		const answers: Answers = {
			region: 'us',
			age: 'adult',
			account: 'creator',
			worries: ['ai-posts', 'ai-chats', 'public-posts'],
			reach: 'a-lot',
			ai: 'a-lot',
		};
		const decoded = decodeAnswers(encodeAnswers(answers));
		if (!decoded.ok) throw new Error(`the link did not open: ${decoded.reason}`);
		const plan = buildPlan(decoded.answers, english);
		const byLocale = LOCALES.map((locale) => {
			const t = quizWords(locale).templates;
			const name = (id: string) => catalogues[locale]!.find((i) => i.id === id)!.name;
			return [
				renderSummary(plan.summary, planItems(plan).length, t),
				...plan.notices.map((n) => renderNotice(n, t, name)),
				...[...planItems(plan), ...plan.notForYou].flatMap((p) => p.reasons.map((r) => renderReason(r, t, name))),
			];
		});
		// Same number of sentences in each language, and no two languages share a sentence.
		for (const sentences of byLocale) expect(sentences.length).toBe(byLocale[0]!.length);
		for (let i = 0; i < byLocale[0]!.length; i++) {
			const texts = byLocale.map((sentences) => sentences[i]);
			expect(new Set(texts).size, texts.join('\n')).toBe(LOCALES.length);
		}
	});
});

describe('The quiz words', () => {
	it('use the Intl locale the words are written for', () => {
		for (const locale of LOCALES) expect(quizWords(locale).templates.locale).toBe(intlLocale(locale));
	});
});
