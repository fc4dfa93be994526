/**
 * The quiz questions as plain data. The React island renders them; the engine reads the answers.
 * Ids (of questions and options) are used in share links and saved answers: never rename one
 * without bumping the share-link version.
 */
import type { Answers, Question, Region } from './types';

/** Question ids, so the engine and the island never spell them twice. */
export const Q = {
	region: 'region',
	age: 'age',
	account: 'account',
	worries: 'worries',
	feed: 'feed',
	explore: 'explore',
	ads: 'ads',
	ai: 'ai',
	reach: 'reach',
	pay: 'pay',
} as const;

/** The options of every "how much do you value ..." question. */
export const VALUE_LEVELS = ['a-lot', 'a-little', 'not-at-all'] as const;
export type ValueLevel = (typeof VALUE_LEVELS)[number];

const valueOptions = [
	{ id: 'a-lot', label: 'A lot' },
	{ id: 'a-little', label: 'A little' },
	{ id: 'not-at-all', label: 'Not at all' },
];

/** Worry option ids, in the order they are shown. */
export const WORRIES = ['ai-training', 'ad-profiling', 'tracking', 'ai-chats', 'public-posts', 'my-data'] as const;
export type Worry = (typeof WORRIES)[number];

/** Regions where Meta offers a paid no-ads subscription, according to the research notes. */
export const PAID_OPTION_REGIONS: readonly Region[] = ['eu-eea', 'uk'];

/** Region names as they read inside a sentence ("you live in the EU/EEA"). */
export const regionInSentence: Record<Region, string> = {
	'eu-eea': 'the EU/EEA',
	uk: 'the UK',
	us: 'the United States',
	brazil: 'Brazil',
	australia: 'Australia',
	elsewhere: 'a country not listed in the quiz',
};

/** True when the "would you pay" follow-up matters: an adult where a paid option exists. */
export function payQuestionApplies(answers: Answers): boolean {
	const region = answers[Q.region];
	return (
		typeof region === 'string' &&
		(PAID_OPTION_REGIONS as readonly string[]).includes(region) &&
		answers[Q.age] === 'adult'
	);
}

export const QUESTIONS: Question[] = [
	{
		id: Q.region,
		prompt: 'Where do you live?',
		help: 'Your choices on Instagram depend on your country.',
		kind: 'single',
		options: [
			{ id: 'eu-eea', label: 'European Union, Iceland, Liechtenstein or Norway' },
			{ id: 'uk', label: 'United Kingdom' },
			{ id: 'us', label: 'United States' },
			{ id: 'brazil', label: 'Brazil' },
			{ id: 'australia', label: 'Australia' },
			{ id: 'elsewhere', label: 'Somewhere else', hint: 'Any country not listed above.' },
		],
	},
	{
		id: Q.age,
		prompt: 'How old are you?',
		help: 'Some choices are only for adults, and teen accounts have their own settings.',
		kind: 'single',
		options: [
			{ id: 'teen', label: '13 to 17' },
			{ id: 'adult', label: '18 or older' },
		],
	},
	{
		id: Q.account,
		prompt: 'What kind of Instagram account do you have?',
		help: 'Not sure? Personal is the usual kind.',
		kind: 'single',
		options: [
			{ id: 'personal', label: 'Personal' },
			{ id: 'creator', label: 'Creator', hint: 'A professional account for people who make content.' },
			{ id: 'business', label: 'Business', hint: 'A professional account for a shop, brand or service.' },
		],
	},
	{
		id: Q.worries,
		prompt: 'Which of these worry you?',
		help: 'Pick as many as you like, or none.',
		kind: 'multi',
		options: [
			{ id: 'ai-training', label: 'Meta training its AI on my posts and photos' },
			{ id: 'ad-profiling', label: 'Being profiled to choose the ads I see' },
			{ id: 'tracking', label: 'Tracking of what I do on other websites and apps' },
			{ id: 'ai-chats', label: 'What I type or say to Meta AI' },
			{ id: 'public-posts', label: 'Strangers or search engines seeing my posts' },
			{ id: 'my-data', label: 'Not knowing what Meta keeps about me' },
		],
	},
	{
		id: Q.feed,
		prompt: 'How much do you like a home feed picked for you, based on what you like?',
		kind: 'single',
		options: valueOptions,
	},
	{
		id: Q.explore,
		prompt: 'How much do you like the suggestions in Explore and Reels?',
		kind: 'single',
		options: valueOptions,
	},
	{
		id: Q.ads,
		prompt: 'How much do you want ads that match your interests?',
		help: 'You see ads either way. This is about whether they fit you.',
		kind: 'single',
		options: valueOptions,
	},
	{
		id: Q.ai,
		prompt: 'How much do you use or want Meta AI on Instagram?',
		help: 'For example the Meta AI chat, or asking Meta AI in search.',
		kind: 'single',
		options: valueOptions,
	},
	{
		id: Q.reach,
		prompt: 'How much does it matter that your posts reach people who do not follow you?',
		kind: 'single',
		options: valueOptions,
	},
	{
		id: Q.pay,
		prompt: 'Would you pay a monthly fee to use Instagram without ads?',
		help: 'Where you live, Meta offers adults a paid subscription with no ads.',
		kind: 'single',
		options: [
			{ id: 'yes', label: 'Yes, I would consider it' },
			{ id: 'no', label: 'No' },
		],
		showIf: payQuestionApplies,
	},
];
