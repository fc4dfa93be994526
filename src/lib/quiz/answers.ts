/**
 * Answers: cleaning what the reader (or a link, or storage) gives us, which questions show, the
 * mapping of answers made by older versions of the quiz, and the reader's answers read into one
 * typed record for the rules. Pure; never throws on bad input.
 */
import { AGES, REGIONS, type Age, type Region } from '../vocabulary';
import {
	ACCOUNTS,
	OBJECTION_STATUSES,
	Q,
	QUESTION_SPECS,
	READER_AGES,
	VALUE_LEVELS,
	WORRIES,
	type Account,
	type ObjectionStatus,
	type ReaderAge,
	type ValueLevel,
	type Worry,
} from './questions';
import type { Answers, QuestionSpec } from './types';
import { showIfPasses } from './visibility';

export { visibleQuestions } from './visibility';

export interface ValidatedAnswers {
	/** Only known questions with known options, and no answers to follow-ups that are hidden. */
	answers: Answers;
	/** True when anything in the input was unknown, of the wrong type or a hidden follow-up. */
	dropped: boolean;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

/**
 * Keeps only answers the quiz knows: known question ids, known option ids (multi answers
 * de-duplicated and put in the order the options are shown), and no answers to follow-up
 * questions that are hidden for these answers. Never throws, whatever it is given.
 */
export function validateAnswers(answers: unknown, questions: readonly QuestionSpec[] = QUESTION_SPECS): ValidatedAnswers {
	if (answers === undefined || answers === null) return { answers: {}, dropped: false };
	if (!isPlainObject(answers)) return { answers: {}, dropped: true };
	let dropped = false;
	const byId = new Map(questions.map((q) => [q.id, q]));
	const clean: Answers = {};
	for (const key of Object.keys(answers)) if (!byId.has(key)) dropped = true;
	for (const question of questions) {
		if (!Object.hasOwn(answers, question.id)) continue;
		const raw = answers[question.id];
		const optionIds = question.options.map((o) => o.id);
		if (question.kind === 'single') {
			if (typeof raw === 'string' && optionIds.includes(raw)) clean[question.id] = raw;
			else dropped = true;
		} else if (Array.isArray(raw)) {
			const picked = new Set<string>();
			for (const value of raw) {
				if (typeof value === 'string' && optionIds.includes(value) && !picked.has(value)) picked.add(value);
				else dropped = true;
			}
			clean[question.id] = optionIds.filter((id) => picked.has(id));
		} else {
			dropped = true;
		}
	}
	// Drop answers to follow-ups that are hidden; repeat in case one follow-up depends on another.
	for (let round = 0; round <= questions.length; round++) {
		const hidden = questions.filter((q) => Object.hasOwn(clean, q.id) && !showIfPasses(q, clean));
		if (hidden.length === 0) break;
		for (const q of hidden) delete clean[q.id];
		dropped = true;
	}
	return { answers: clean, dropped };
}

/**
 * Answers made by version 1 of the quiz (share links "#v=1&...", and answers saved in a browser
 * before the update) in today's terms. The one change: the worry "ai-training" (which covered
 * both posts and chats) becomes the two worries "ai-posts" and "ai-chats". Anything else is kept
 * as it is for validateAnswers to judge.
 */
export function migrateV1Answers(answers: Record<string, unknown>): Record<string, unknown> {
	const worries = answers[Q.worries];
	if (!Array.isArray(worries) || !worries.includes('ai-training')) return answers;
	const mapped = worries.flatMap((w) => (w === 'ai-training' ? ['ai-posts', 'ai-chats'] : [w]));
	return { ...answers, [Q.worries]: [...new Set(mapped)] };
}

/** The personalization aspects the reader rates, by question id. */
export type Aspect = typeof Q.feed | typeof Q.explore | typeof Q.ads | typeof Q.ai | typeof Q.reach;
export const ASPECTS: readonly Aspect[] = [Q.feed, Q.explore, Q.ads, Q.ai, Q.reach];

/** Everything the rules read, typed; null where the reader did not answer. */
export interface Reader {
	region: Region | null;
	/** What the reader said: a teen, an adult, or a parent answering for their teen. */
	who: ReaderAge | null;
	/** The catalogue age group the plan is for (a parent's plan is for their teen's account). */
	age: Age | null;
	account: Account | null;
	worries: Worry[];
	objected: ObjectionStatus | null;
	values: Record<Aspect, ValueLevel | null>;
	payAnswer: 'yes' | 'no' | null;
}

function single<T extends string>(answers: Answers, id: string, allowed: readonly T[]): T | null {
	const value = answers[id];
	return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads already-validated answers into a Reader. */
export function readAnswers(answers: Answers): Reader {
	const worriesRaw = answers[Q.worries];
	const worries = Array.isArray(worriesRaw) ? WORRIES.filter((w) => worriesRaw.includes(w)) : [];
	const values = {} as Record<Aspect, ValueLevel | null>;
	for (const aspect of ASPECTS) values[aspect] = single(answers, aspect, VALUE_LEVELS);
	const who = single(answers, Q.age, READER_AGES);
	return {
		region: single(answers, Q.region, REGIONS),
		who,
		age: who === 'parent' ? 'teen' : who === null ? null : single(answers, Q.age, AGES),
		account: single(answers, Q.account, ACCOUNTS),
		worries,
		objected: single(answers, Q.objected, OBJECTION_STATUSES),
		values,
		payAnswer: single(answers, Q.pay, ['yes', 'no'] as const),
	};
}
