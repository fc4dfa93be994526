/**
 * Which questions show for the answers so far. Apart from answers.ts because the island needs only
 * this up front; validating, mapping and reading answers load with the plan and the saved state.
 */
import { QUESTION_SPECS } from './questions';
import type { Answers, QuestionSpec } from './types';

export function showIfPasses(question: QuestionSpec, answers: Answers): boolean {
	if (!question.showIf) return true;
	try {
		return question.showIf(answers) === true;
	} catch {
		return false;
	}
}

/**
 * The questions to show for the answers so far, in order (follow-ups only when they matter).
 * Returns items of the list it is given (the structure by default), so they can be compared by identity.
 */
export function visibleQuestions<T extends QuestionSpec>(answers: Answers, questions: readonly T[]): T[];
export function visibleQuestions(answers: Answers): QuestionSpec[];
export function visibleQuestions(answers: Answers, questions: readonly QuestionSpec[] = QUESTION_SPECS): QuestionSpec[] {
	return questions.filter((q) => showIfPasses(q, answers));
}
