/**
 * The quiz's session outside React: what it restores when it starts (a share link, or where the
 * reader left off), the history entries that make Back go back a question, saving, and the share
 * link. The island loads this module right after it starts, so the first question does not wait
 * for it; calls made before it arrives run, in order, as soon as it does (see withSession).
 */
import { restore, save, saveTicks, forget as forgetSaved, encodeAnswers } from '../../lib/quiz/persistence';
import type { DecodeProblem } from '../../lib/quiz/share-link';
import { PLAN_STEP_ID, QUESTION_SPECS } from '../../lib/quiz/questions';
import type { Answers } from '../../lib/quiz/types';

/** Steps 0 to length-1 are the questions; this one is the plan. */
export const PLAN_STEP = QUESTION_SPECS.length;
const stepId = (step: number) => (step >= PLAN_STEP ? PLAN_STEP_ID : QUESTION_SPECS[step]!.id);
const stepOf = (id: string) =>
	id === PLAN_STEP_ID
		? PLAN_STEP
		: Math.max(
				0,
				QUESTION_SPECS.findIndex((q) => q.id === id),
			);

export type SessionNotice = { kind: 'link'; reason: DecodeProblem } | { kind: 'saved' | 'forgotten' | 'not-forgotten' };

/** What the session asks the island to show. Absent fields stay as they are. */
export interface ViewUpdate {
	answers?: Answers;
	step?: number;
	ticked?: string[];
	notice?: SessionNotice | null;
	shareUrl?: string;
}

export interface QuizView {
	update(update: ViewUpdate): void;
	answers(): Answers;
	/** True once the reader has chosen anything: saved answers that arrive later must not overwrite it. */
	touched(): boolean;
	/** The step to show for a history entry's step when the answers may have changed since. */
	usable(step: number, answers: Answers): number;
}

/** What the quiz keeps in each history entry it makes. */
interface HistoryState {
	quizStep: string;
	/** How many entries this page has pushed before this one: Back only goes back to ours. */
	depth: number;
}

function ourState(): HistoryState | null {
	const state = history.state as Partial<HistoryState> | null;
	return state && typeof state.quizStep === 'string' && typeof state.depth === 'number' ? (state as HistoryState) : null;
}

/** A fragment made by the quiz ("v=2&region=uk…"), as opposed to an in-page anchor like #main-content. */
function looksLikeShareLink(hash: string): boolean {
	const body = hash.replace(/^#/, '');
	return body === 'v' || /[=&]/.test(body);
}

/** Writes a history entry (push) or updates the current one; the plan's entry carries the share link. */
function record(step: number, push: boolean, answers?: Answers): string {
	try {
		const url = answers ? `#${encodeAnswers(answers)}` : location.pathname + location.search;
		const state: HistoryState = { quizStep: stepId(step), depth: (ourState()?.depth ?? 0) + (push ? 1 : 0) };
		if (push) history.pushState(state, '', url);
		else history.replaceState(state, '', url);
		return answers ? location.href : '';
	} catch {
		// A browser that refuses history changes still shows the quiz; only Back and the link are lost.
		return '';
	}
}

/** Restores what the address bar or storage holds, and follows Back and Forward. Returns a cleanup. */
export function start(view: QuizView): () => void {
	function restoreNow() {
		const r = restore(location.hash, looksLikeShareLink(location.hash), view.touched());
		if (r.kind === 'ticks') return view.update({ ticked: r.ticked });
		const answers = r.kind === 'link' || r.kind === 'saved' ? r.answers : {};
		const step = r.kind === 'link' ? PLAN_STEP : r.kind === 'saved' ? stepOf(r.step) : 0;
		view.update({
			answers,
			step,
			...('ticked' in r ? { ticked: r.ticked } : {}),
			notice: r.kind === 'bad-link' ? { kind: 'link', reason: r.reason } : r.kind === 'bad-saved' ? { kind: 'saved' } : null,
			shareUrl: record(step, false, step === PLAN_STEP ? answers : undefined),
		});
	}
	function onPopState() {
		const state = ourState();
		if (!state) return;
		const step = view.usable(stepOf(state.quizStep), view.answers());
		save(null, stepId(step));
		view.update({ step, notice: null, ...(step === PLAN_STEP ? { shareUrl: location.href } : {}) });
	}
	function onHashChange() {
		// A link pasted into the address bar is a new entry with no quiz state; our own entries are handled above.
		if (!ourState() && looksLikeShareLink(location.hash)) restoreNow();
	}
	restoreNow();
	addEventListener('popstate', onPopState);
	addEventListener('hashchange', onHashChange);
	return () => {
		removeEventListener('popstate', onPopState);
		removeEventListener('hashchange', onHashChange);
	};
}

/** The reader moved to `step` (a new history entry), with these answers: save, and give the plan its link. */
export function moved(view: QuizView, step: number, answers: Answers): void {
	save(answers, stepId(step));
	const shareUrl = record(step, true, step === PLAN_STEP ? answers : undefined);
	if (step === PLAN_STEP) view.update({ shareUrl });
}

/** Back: our own entry before this one means the browser goes back, exactly as its Back button would. */
export function back(): boolean {
	if ((ourState()?.depth ?? 0) === 0) return false;
	history.back();
	return true;
}

export function changed(answers: Answers): void {
	save(answers);
}

export function ticks(ticked: string[]): void {
	saveTicks(ticked);
}

/** Deletes everything saved, leaves the quiz on its first question, and says whether it worked. */
export function forget(view: QuizView): void {
	record(0, false);
	view.update({ notice: { kind: forgetSaved() ? 'forgotten' : 'not-forgotten' } });
}
