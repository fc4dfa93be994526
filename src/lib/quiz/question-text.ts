/**
 * The words of every quiz question and option, by id, in English. Only the quiz page (at build
 * time) and tests import this module: the page hands the words to the island as a prop, so the text
 * is in the HTML and never in the island's JavaScript. Do not import it from the island or from
 * anything it imports. The structure (ids, kinds, follow-ups) is in questions.ts; a test checks the
 * two always match. The other languages are in words/<lang>.ts, typed by QuizQuestionText, so a
 * question or option English has and a translation lacks is a type error.
 */
import type { Region } from '../vocabulary';
import { REGIONS } from '../vocabulary';
import { regionLongNames } from '../../translations/en/vocabulary';
import type { Widen } from '../../translations/en';
import { QUESTION_SPECS } from './questions';
import type { OptionText, Question, QuestionSpec, QuestionTexts } from './types';

/**
 * The region question's options: each region's full name in the reader's language (from the site's
 * vocabulary, src/translations/<lang>/vocabulary.ts), and a hint under "somewhere else".
 */
export function regionOptions(longNames: Record<Region, string>, elsewhereHint: string): Record<Region, OptionText> {
	const options = Object.fromEntries(REGIONS.map((region) => [region, { label: longNames[region] } as OptionText])) as Record<
		Region,
		OptionText
	>;
	return { ...options, elsewhere: { label: longNames.elsewhere, hint: elsewhereHint } };
}

const valueOptions = {
	'a-lot': { label: 'A lot' },
	'a-little': { label: 'A little' },
	'not-at-all': { label: 'Not at all' },
};

const ENGLISH = {
	region: {
		prompt: 'Where do you live?',
		help: 'Your choices on Instagram depend on your country.',
		options: regionOptions(regionLongNames, 'Any country not listed above.'),
	},
	age: {
		prompt: 'How old are you?',
		help: 'Some choices are only for adults, and teen accounts have their own settings. Parents can answer for their teen.',
		options: {
			teen: { label: '13 to 17' },
			adult: { label: '18 or older' },
			parent: { label: "I'm a parent or carer answering for my teen", hint: 'Answer the rest about your teen’s account.' },
		},
	},
	account: {
		prompt: 'What kind of Instagram account do you have?',
		help: 'Not sure? Personal is the usual kind.',
		options: {
			personal: { label: 'Personal' },
			creator: { label: 'Creator', hint: 'A professional account for people who make content.' },
			business: { label: 'Business', hint: 'A professional account for a shop, brand or service.' },
		},
	},
	worries: {
		prompt: 'Which of these worry you?',
		help: 'Pick as many as you like, or none.',
		options: {
			'ai-posts': { label: 'Meta training its AI on my posts and photos' },
			'ai-chats': { label: 'Meta using my chats with Meta AI to train its AI or pick my ads' },
			'ad-profiling': { label: 'Being profiled to choose the ads I see' },
			tracking: { label: 'Tracking of what I do on other websites and apps' },
			'public-posts': { label: 'Strangers or search engines seeing my posts' },
			'my-data': { label: 'Not knowing what Meta keeps about me' },
		},
	},
	objected: {
		prompt: 'Have you already sent Meta an objection to AI training?',
		help: 'Where Meta offers a form to object, you may have sent it already.',
		options: {
			'not-yet': { label: 'No, not yet' },
			already: { label: 'Yes, I already objected' },
			undo: { label: 'Yes, and I want to undo my objection' },
			'not-sure': { label: 'I am not sure' },
		},
	},
	feed: {
		prompt: 'How much do you like a home feed picked for you, based on what you like?',
		options: valueOptions,
	},
	explore: {
		prompt: 'How much do you like the suggestions in Explore and Reels?',
		options: valueOptions,
	},
	ads: {
		prompt: 'How much do you want ads that match your interests?',
		help: 'You see ads either way. This is about whether they fit you.',
		options: valueOptions,
	},
	ai: {
		prompt: 'How much do you use or want Meta AI on Instagram?',
		help: 'For example the Meta AI chat, or asking Meta AI in search.',
		options: valueOptions,
	},
	reach: {
		prompt: 'How much does it matter that your posts reach people who do not follow you?',
		options: valueOptions,
	},
	pay: {
		prompt: 'Would you pay a monthly fee to use Instagram without ads?',
		help: 'Where you live, Meta offers adults a paid subscription with no ads.',
		options: {
			yes: { label: 'Yes, I would consider it' },
			no: { label: 'No' },
		},
	},
} satisfies QuestionTexts;

/**
 * The shape every language's question words have: English's questions, options and hints, with any
 * words. A question or option English has and a translation lacks is a type error.
 */
export type QuizQuestionText = Widen<typeof ENGLISH>;

/** The English words; also readable by any question id (QuestionTexts), as the island reads them. */
export const QUESTION_TEXT: QuizQuestionText & QuestionTexts = ENGLISH;

/**
 * The questions with their words, in the order of `specs`. Throws when a question or option has
 * no words, so a gap shows up in tests and at build time, never as an empty label.
 */
export function withText(specs: readonly QuestionSpec[], texts: QuestionTexts): Question[] {
	return specs.map((spec) => {
		const text = texts[spec.id];
		if (!text) throw new Error(`Quiz text missing: ${spec.id}`);
		const options = spec.options.map(({ id }) => {
			const option = text.options[id];
			if (!option) throw new Error(`Quiz text missing: ${spec.id}=${id}`);
			return { ...option, id };
		});
		return { ...spec, ...text, options };
	});
}

/**
 * The questions with their words, in the order asked, for tests. Worked out when this module loads,
 * so a question or option without words fails the build of the quiz page, not just a test.
 */
export const QUESTIONS: Question[] = withText(QUESTION_SPECS, QUESTION_TEXT);
