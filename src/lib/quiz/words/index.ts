/**
 * All the quiz's words in one language, for the quiz page (at build time) and tests:
 *
 *   const { questionText, uiText, templates, page } = quizWords(locale);
 *
 * The page passes questionText, uiText and templates to the island as props and uses `page` for its
 * own text, so the island stays one bundle for every language and no word ships as JavaScript.
 * Never import this (or anything in words/ or templates/) from the island.
 * Every language is complete by type (QuizLanguage, QuizTemplateSet); tests/unit/quiz/words.test.ts
 * also names any {placeholder} or plural form a language lacks.
 */
import type { Locale } from '../../i18n/locales';
import type { QuizQuestionText } from '../question-text';
import type { QuizUiText } from '../../../components/quiz/ui-text';
import { QUIZ_TEMPLATES_DE } from '../templates/de';
import { QUIZ_TEMPLATES_EN, type QuizTemplateSet } from '../templates/en';
import { QUIZ_TEMPLATES_ES } from '../templates/es';
import { QUIZ_TEMPLATES_FR } from '../templates/fr';
import { QUIZ_TEMPLATES_IT } from '../templates/it';
import { QUIZ_TEMPLATES_PT_BR } from '../templates/pt-br';
import { DE } from './de';
import { EN, type QuizLanguage, type QuizPageText } from './en';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import { PT_BR } from './pt-br';

export type { QuizLanguage, QuizPageText };

export interface QuizWords {
	questionText: QuizQuestionText;
	uiText: QuizUiText;
	templates: QuizTemplateSet;
	page: QuizPageText;
}

/** Every language's quiz words, by site locale. */
export const QUIZ_WORDS: Record<Locale, QuizWords> = {
	en: { ...EN, templates: QUIZ_TEMPLATES_EN },
	de: { ...DE, templates: QUIZ_TEMPLATES_DE },
	fr: { ...FR, templates: QUIZ_TEMPLATES_FR },
	es: { ...ES, templates: QUIZ_TEMPLATES_ES },
	it: { ...IT, templates: QUIZ_TEMPLATES_IT },
	'pt-br': { ...PT_BR, templates: QUIZ_TEMPLATES_PT_BR },
};

/** The quiz's words for a page in `locale`. */
export function quizWords(locale: Locale): QuizWords {
	return QUIZ_WORDS[locale];
}
