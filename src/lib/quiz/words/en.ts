/**
 * The quiz in English: the page's own text, and the shape every language's quiz words have.
 * English defines every key; each other language (words/<lang>.ts) is typed by QuizLanguage, so a
 * key English has and a translation lacks is a type error. "{name}" places are filled in where the
 * text is used ("{forget}" below is the island's "Forget my answers" button, so the two never differ).
 * Page-only: the quiz page reads these at build time; the island gets its words as props.
 */
import type { Widen } from '../../../translations/en';
import type { QuizUiText } from '../../../components/quiz/ui-text';
import { QUIZ_UI_TEXT } from '../../../components/quiz/ui-text';
import { QUESTION_TEXT, type QuizQuestionText } from '../question-text';

const PAGE = {
	title: 'Which settings are worth it for you? A short quiz',
	description:
		'Answer up to eleven short questions and get a plan: which Instagram settings and forms fit where you live and what you value, and what each one costs you.',
	heading: 'Which settings are worth it for you?',
	lede: 'Every privacy setting on Instagram is a trade-off. Some cost you nothing. Others change your feed, your ads or who sees your posts. Answer up to eleven short questions (some only appear when they apply to you) and get a short plan that fits where you live and what you care about.',
	privacy: 'Your answers stay in this browser. Nothing is sent to us or anyone else, and you can delete them at the end with "{forget}".',
	noscriptTitle: 'The quiz needs JavaScript',
	noscriptText:
		'JavaScript is off or blocked in your browser, so the quiz cannot work out a plan. You can still read about every setting and decide for yourself:',
	noscriptLink: 'see all settings, what they protect and what they cost you',
	noscriptList: 'Here is where each one exists:',
	/** A setting that exists in every region, in the <noscript> list. */
	everywhere: 'everywhere',
	after: "The plan only suggests. Each setting's page has the full details and sources:",
	afterLink: 'all settings',
};

/** The quiz page's own text (title, intro, <noscript> block, the line under the quiz). */
export type QuizPageText = Widen<typeof PAGE>;

export const QUIZ_PAGE_TEXT_EN: QuizPageText = PAGE;

/** One language's quiz words, apart from the plan templates (templates/<lang>.ts). */
export interface QuizLanguage {
	questionText: QuizQuestionText;
	uiText: QuizUiText;
	page: QuizPageText;
}

export const EN: QuizLanguage = { questionText: QUESTION_TEXT, uiText: QUIZ_UI_TEXT, page: QUIZ_PAGE_TEXT_EN };
