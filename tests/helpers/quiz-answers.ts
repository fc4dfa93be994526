// Answer sets for property tests of the quiz, shared by the share-link and language tests.
import fc from 'fast-check';
import { validateAnswers } from '../../src/lib/quiz/answers';
import { QUESTIONS } from '../../src/lib/quiz/question-text';
import type { Answers } from '../../src/lib/quiz/types';

/** The option ids of one question. */
export const options = (id: string) => QUESTIONS.find((q) => q.id === id)!.options.map((o) => o.id);

/** Any answer set the quiz itself could produce: each question answered or not, follow-ups only when shown. */
export const validAnswers: fc.Arbitrary<Answers> = fc
	.record(
		Object.fromEntries(
			QUESTIONS.map((q) => [q.id, q.kind === 'multi' ? fc.subarray(options(q.id)) : fc.constantFrom(...options(q.id))]),
		) as Record<string, fc.Arbitrary<string | string[]>>,
		{ requiredKeys: [] },
	)
	.map((answers) => validateAnswers(answers, QUESTIONS).answers);
