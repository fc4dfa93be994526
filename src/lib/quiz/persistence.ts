/**
 * Keeping and sharing answers for the island: saved state (localStorage) and share links, behind a
 * few calls that take no storage argument. The island loads this module right after it starts, so
 * the first question does not wait for it; everything here is plain logic with no React.
 */
import { PLAN_STEP_ID, QUESTION_SPECS } from './questions';
import { browserStorage, forgetEverything, loadState, saveAnswers, saveStep, saveTicked } from './saved-state';
import { decodeAnswers, encodeAnswers, type DecodeProblem } from './share-link';
import type { Answers } from './types';
import { visibleQuestions } from './visibility';

export { encodeAnswers };

/** What the island should show when it starts, from the address bar's fragment and what was saved. */
export type Restored =
	/** A share link: its plan, with the link re-written in today's version. */
	| { kind: 'link'; answers: Answers; fragment: string; ticked: string[] }
	/** A link that could not be read: the first question, and why. */
	| { kind: 'bad-link'; reason: DecodeProblem; ticked: string[] }
	/** Saved answers that could not be read (now deleted): the first question, and a notice. */
	| { kind: 'bad-saved' }
	/** Where the reader left off (a question id still shown for their answers, or the plan). */
	| { kind: 'saved'; answers: Answers; step: string; ticked: string[]; fragment: string }
	/** The reader already started answering: keep what they did, restore only the ticks. */
	| { kind: 'ticks'; ticked: string[] };

/** A saved step that still makes sense for the answers: a hidden follow-up falls back to the question before. */
function usable(step: string, answers: Answers): string {
	if (step === PLAN_STEP_ID) return step;
	const visible = visibleQuestions(answers);
	const index = QUESTION_SPECS.findIndex((q) => q.id === step);
	for (let i = index; i >= 0; i--) if (visible.includes(QUESTION_SPECS[i]!)) return QUESTION_SPECS[i]!.id;
	return QUESTION_SPECS[0]!.id;
}

export function restore(hash: string, isShareLink: boolean, touched: boolean): Restored {
	const storage = browserStorage();
	const saved = loadState(storage);
	const ticked = saved.notice ? [] : saved.state.ticked;
	if (isShareLink) {
		const decoded = decodeAnswers(hash);
		return decoded.ok
			? { kind: 'link', answers: decoded.answers, fragment: encodeAnswers(decoded.answers), ticked }
			: { kind: 'bad-link', reason: decoded.reason, ticked };
	}
	if (touched) return { kind: 'ticks', ticked };
	if (saved.notice) {
		forgetEverything(storage);
		return { kind: 'bad-saved' };
	}
	const { answers, step } = saved.state;
	const resume = usable(step, answers);
	return { kind: 'saved', answers, step: resume, ticked, fragment: resume === PLAN_STEP_ID ? encodeAnswers(answers) : '' };
}

export function save(answers: Answers | null, step?: string): void {
	const storage = browserStorage();
	if (answers) saveAnswers(storage, answers);
	if (step) saveStep(storage, step);
}

export function saveTicks(ticked: string[]): void {
	saveTicked(browserStorage(), ticked);
}

/** Deletes everything the quiz saved. True when it worked (or there was no storage to clear). */
export function forget(): boolean {
	const storage = browserStorage();
	return storage ? forgetEverything(storage) : true;
}
