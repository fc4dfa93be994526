/**
 * Every complete answer set the quiz can produce: each region, who is answering, account, every
 * subset of worries, every value level of the five aspects, and the follow-ups (objected, pay)
 * exactly when they are shown. Shared by the exhaustive property test and the distribution report.
 */
import { ASPECTS } from '../../src/lib/quiz/answers';
import {
	ACCOUNTS,
	OBJECTION_STATUSES,
	READER_AGES,
	VALUE_LEVELS,
	WORRIES,
	objectedQuestionApplies,
	payQuestionApplies,
} from '../../src/lib/quiz/questions';
import type { Answers } from '../../src/lib/quiz/types';
import { REGIONS } from '../../src/lib/vocabulary';

export function* allAnswerSets(): Generator<Answers> {
	for (const region of REGIONS)
		for (const age of READER_AGES)
			for (const account of ACCOUNTS)
				for (let mask = 0; mask < 1 << WORRIES.length; mask++) {
					const worries = WORRIES.filter((_, bit) => (mask >> bit) & 1);
					const head = { region, age, account, worries };
					const objected = objectedQuestionApplies(head) ? OBJECTION_STATUSES : [null];
					const pay = payQuestionApplies(head) ? (['yes', 'no'] as const) : [null];
					for (let v = 0; v < 3 ** ASPECTS.length; v++) {
						const values: Answers = {};
						let rest = v;
						for (const aspect of ASPECTS) {
							values[aspect] = VALUE_LEVELS[rest % 3]!;
							rest = Math.floor(rest / 3);
						}
						for (const o of objected)
							for (const p of pay) {
								const answers: Answers = { ...head, worries: [...worries], ...values };
								if (o) answers.objected = o;
								if (p) answers.pay = p;
								yield answers;
							}
					}
				}
}

/** How many answer sets allAnswerSets yields, worked out independently of it. */
export function expectedCount(): number {
	let count = 0;
	for (const region of REGIONS)
		for (const age of READER_AGES)
			for (let mask = 0; mask < 1 << WORRIES.length; mask++) {
				const head = { region, age, worries: WORRIES.filter((_, bit) => (mask >> bit) & 1) };
				count += (objectedQuestionApplies(head) ? OBJECTION_STATUSES.length : 1) * (payQuestionApplies(head) ? 2 : 1);
			}
	return count * ACCOUNTS.length * 3 ** ASPECTS.length;
}
