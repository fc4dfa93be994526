/**
 * The quiz questions' structure as plain data: ids, kind, option ids and when a follow-up shows.
 * The engine, the share-link codec and saved state need only this. The words the reader sees are in
 * question-text.ts, which only the page (at build time) and tests import: the island gets them as a
 * prop and looks them up by id when it renders, so no question text ships as JavaScript.
 * Ids (of questions and options) are used in share links and saved answers: never rename one
 * without bumping the share-link version and mapping the old id in answers.ts (migrateAnswers).
 */
import { REGIONS } from '../vocabulary';
import type { Answers, QuestionSpec, Region } from './types';

/** Question ids, so the engine and the island never spell them twice. */
export const Q = {
	region: 'region',
	age: 'age',
	account: 'account',
	worries: 'worries',
	objected: 'objected',
	feed: 'feed',
	explore: 'explore',
	ads: 'ads',
	ai: 'ai',
	reach: 'reach',
	pay: 'pay',
} as const;

/** Where the reader is when the plan is showing (saved state and history use question ids otherwise). */
export const PLAN_STEP_ID = 'plan';

/** The options of every "how much do you value ..." question. */
export const VALUE_LEVELS = ['a-lot', 'a-little', 'not-at-all'] as const;
export type ValueLevel = (typeof VALUE_LEVELS)[number];

/**
 * Who the answers are about. "parent" is a parent or carer answering for their teen: the plan is for
 * the teen's account (catalogue age "teen") plus what a parent can do and see.
 */
export const READER_AGES = ['teen', 'adult', 'parent'] as const;
export type ReaderAge = (typeof READER_AGES)[number];

export const ACCOUNTS = ['personal', 'creator', 'business'] as const;
export type Account = (typeof ACCOUNTS)[number];

/**
 * Worry option ids, in the order they are shown. The old single "ai-training" worry (share links
 * of version 1) is split in two: posts and photos used for training, and chats with Meta AI used
 * for training or ads. They are different protections with different levers.
 */
export const WORRIES = ['ai-posts', 'ai-chats', 'ad-profiling', 'tracking', 'public-posts', 'my-data'] as const;
export type Worry = (typeof WORRIES)[number];

/** Where the reader stands with the AI-training objection. */
export const OBJECTION_STATUSES = ['not-yet', 'already', 'undo', 'not-sure'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

/** Regions where Meta offers a paid no-ads subscription, according to the research notes (C16, C18). */
export const PAID_OPTION_REGIONS: readonly Region[] = ['eu-eea', 'uk'];

/** True when the "would you pay" follow-up matters: an adult where a paid option exists. */
export function payQuestionApplies(answers: Answers): boolean {
	const region = answers[Q.region];
	return typeof region === 'string' && (PAID_OPTION_REGIONS as readonly string[]).includes(region) && answers[Q.age] === 'adult';
}

/**
 * True when "have you already objected?" matters: an adult who worries about AI training on their
 * posts or chats. Asked wherever they live (the question's words say "if there is a form where you
 * live"), so no list of regions is spelled here: which regions have a form is the catalogue's job.
 */
export function objectedQuestionApplies(answers: Answers): boolean {
	const worries = answers[Q.worries];
	return answers[Q.age] === 'adult' && Array.isArray(worries) && (worries.includes('ai-posts') || worries.includes('ai-chats'));
}

const ids = (...list: readonly string[]) => list.map((id) => ({ id }));
const valueOptions = ids(...VALUE_LEVELS);

/** Every question in the order asked. */
export const QUESTION_SPECS: QuestionSpec[] = [
	{ id: Q.region, kind: 'single', options: ids(...REGIONS) },
	{ id: Q.age, kind: 'single', options: ids(...READER_AGES) },
	{ id: Q.account, kind: 'single', options: ids(...ACCOUNTS) },
	{ id: Q.worries, kind: 'multi', options: ids(...WORRIES) },
	{ id: Q.objected, kind: 'single', options: ids(...OBJECTION_STATUSES), showIf: objectedQuestionApplies },
	{ id: Q.feed, kind: 'single', options: valueOptions },
	{ id: Q.explore, kind: 'single', options: valueOptions },
	{ id: Q.ads, kind: 'single', options: valueOptions },
	{ id: Q.ai, kind: 'single', options: valueOptions },
	{ id: Q.reach, kind: 'single', options: valueOptions },
	{ id: Q.pay, kind: 'single', options: ids('yes', 'no'), showIf: payQuestionApplies },
];
