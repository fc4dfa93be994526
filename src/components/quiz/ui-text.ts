import type { Plural } from '../../lib/quiz/render';

/**
 * Every sentence and label the quiz island's own components show (the question words are in
 * src/lib/quiz/question-text.ts; the plan's reasons, notices and summary are templates in
 * src/lib/quiz/templates/en.ts). Only the quiz
 * page (at build time) and tests import QUIZ_UI_TEXT: the page hands it to the island as a prop,
 * so the words are in the HTML and not in the island's JavaScript. Components import the type only.
 * "{name}" in a text is filled in by fill() (fill.ts). A text given as { one, other } is picked by
 * Intl.PluralRules in the templates' locale (pickPlural in render.ts).
 * This is the English set; the other languages are in src/lib/quiz/words/<lang>.ts, typed by QuizUiText.
 */
export const QUIZ_UI_TEXT = {
	progress: 'Question {position} of {total}',
	chooseOne: 'Choose one answer to go on.',
	back: 'Back',
	next: 'Next',
	seePlan: 'See my plan',

	linkNotice: 'This link could not be read, so the quiz starts fresh.',
	/** Why, by the share-link codec's problem code. */
	linkProblems: {
		broken: 'This link is broken, so we could not read the answers in it. You can take the quiz again instead.',
		changed: 'This link has answers the quiz does not know. It may have been changed or cut short. You can take the quiz again instead.',
		'too-long': 'This link is far longer than any quiz link, so we did not read it. You can take the quiz again instead.',
		empty: 'This link has no answers in it. You can take the quiz instead.',
		'no-version': 'This link does not say which version of the quiz made it, so we could not read it. You can take the quiz again instead.',
		outdated: 'This link was made by a different version of the quiz, and its questions have changed. Please take the quiz again.',
	},
	savedNotice: 'Your saved answers could not be read, so the quiz starts fresh.',
	forgotten: 'Your answers are forgotten.',
	forgottenDetail: 'Everything the quiz saved in this browser is deleted, ticks included.',
	notForgotten: 'This browser did not let us delete your saved answers.',
	notForgottenDetail: "Clear this site's data in your browser's settings instead.",

	planHeading: 'Your plan',
	planReady: 'Your plan is ready.',
	loading: 'Working out your plan…',
	more: {
		one: '1 more setting that fits your worries is left out to keep this short.',
		other: '{count} more settings that fit your worries are left out to keep this short.',
	} as Plural,
	moreLink: 'See all settings.',
	leavesSite: '(leaves this site)',
	stepsNote: 'Steps are as our sources describe them; Meta changes its menus often.',
	readFirst: 'Read this first',
	groups: {
		first: { title: 'Do this first' },
		recommended: { title: 'Recommended' },
		consider: { title: 'Worth considering', intro: 'Maybes: read the reason and the trade-off.' },
		'not-for-you': {
			title: 'Probably not for you',
			intro: 'These exist for you, but they would cost you something you said you value.',
		},
	},
	keepHeading: 'Keep or share your plan',
	print: 'Print checklist',
	linkLabel: 'Link to this plan',
	copyLink: 'Copy link',
	linkNote: 'The link holds your answers: anyone who opens it sees this plan. Nothing is sent to us.',
	copied: 'Link copied.',
	copySelected: 'The link is selected: copy it from your browser.',
	changeAnswers: 'Change my answers',
	restart: 'Restart the quiz',
	forget: 'Forget my answers',

	done: 'Done',
	doAnyway: 'How to do it anyway',
	protects: 'Protects',
	costsYou: 'Costs you',
	howSure: 'How sure',
	time: 'Time',
	sources: { one: '1 source and details', other: '{count} sources and details' } as Plural,
	lastVerified: 'Last verified',

	broken: 'Sorry, the quiz stopped working in this browser.',
	brokenDetail: 'You can still read about every setting and decide for yourself:',
	brokenLink: 'see all settings and what they cost you',
};

export type QuizUiText = typeof QUIZ_UI_TEXT;
