/**
 * The quiz questions' structure as plain data: ids, kind, option ids and when a follow-up shows.
 * The engine, the share-link codec and saved state need only this. The words the reader sees are in
 * question-text.ts, which only the page (at build time) and tests import: the island gets them as a
 * prop and looks them up by id when it renders, so no question text ships as JavaScript.
 * Ids (of questions and options) are used in share links and saved answers: never rename one
 * without bumping the share-link version.
 */
import { AGES, REGIONS } from '../vocabulary';
import type { Answers, QuestionSpec, Region } from './types';

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

const ids = (...list: readonly string[]) => list.map((id) => ({ id }));

const valueOptions = ids(...VALUE_LEVELS);

/** Worry option ids, in the order they are shown. */
export const WORRIES = ['ai-training', 'ad-profiling', 'tracking', 'ai-chats', 'public-posts', 'my-data'] as const;
export type Worry = (typeof WORRIES)[number];

/** Regions where Meta offers a paid no-ads subscription, according to the research notes. */
export const PAID_OPTION_REGIONS: readonly Region[] = ['eu-eea', 'uk'];

/** True when the "would you pay" follow-up matters: an adult where a paid option exists. */
export function payQuestionApplies(answers: Answers): boolean {
	const region = answers[Q.region];
	return (
		typeof region === 'string' &&
		(PAID_OPTION_REGIONS as readonly string[]).includes(region) &&
		answers[Q.age] === 'adult'
	);
}

/** Every question in the order asked. */
export const QUESTION_SPECS: QuestionSpec[] = [
	{ id: Q.region, kind: 'single', options: ids(...REGIONS) },
	{ id: Q.age, kind: 'single', options: ids(...AGES) },
	{ id: Q.account, kind: 'single', options: ids('personal', 'creator', 'business') },
	{ id: Q.worries, kind: 'multi', options: ids(...WORRIES) },
	{ id: Q.feed, kind: 'single', options: valueOptions },
	{ id: Q.explore, kind: 'single', options: valueOptions },
	{ id: Q.ads, kind: 'single', options: valueOptions },
	{ id: Q.ai, kind: 'single', options: valueOptions },
	{ id: Q.reach, kind: 'single', options: valueOptions },
	{ id: Q.pay, kind: 'single', options: ids('yes', 'no'), showIf: payQuestionApplies },
];
