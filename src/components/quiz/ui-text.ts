/**
 * Every sentence and label the quiz island's own components show (the question words are in
 * src/lib/quiz/question-text.ts, the plan's reasons and notices come from the engine). Only the quiz
 * page (at build time) and tests import QUIZ_UI_TEXT: the page hands it to the island as a prop,
 * so the words are in the HTML and not in the island's JavaScript. Components import the type only.
 * "{name}" in a text is filled in by fill() (fill.ts).
 */
export const QUIZ_UI_TEXT = {
	progress: 'Question {position} of {total}',
	chooseOne: 'Choose one answer to go on.',
	back: 'Back',
	next: 'Next',
	seePlan: 'See my plan',

	linkNotice: 'This link could not be read, so the quiz starts fresh.',
	savedNotice: 'Your saved answers could not be read, so the quiz starts fresh.',
	forgotten: 'Your answers are forgotten.',
	forgottenDetail: 'Everything the quiz saved in this browser is deleted, ticks included.',
	notForgotten: 'This browser did not let us delete your saved answers.',
	notForgottenDetail: "Clear this site's data in your browser's settings instead.",

	planHeading: 'Your plan',
	summaryNone: 'Nothing in the catalogue is a clear fit for your answers.',
	summaryOne: '1 step for you, most useful first. Tick each one off as you go.',
	summaryMany: '{count} steps for you, most useful first. Tick each one off as you go.',
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
	sourcesOne: '1 source and details',
	sourcesMany: '{count} sources and details',
	lastVerified: 'Last verified',

	broken: 'Sorry, the quiz stopped working in this browser.',
	brokenDetail: 'You can still read about every setting and decide for yourself:',
	brokenLink: 'see all settings and what they cost you',
};

export type QuizUiText = typeof QUIZ_UI_TEXT;
