/**
 * The trade-off quiz: one question at a time, then a plan built from the settings catalogue.
 * Everything happens in the reader's browser. Answers are kept only in localStorage (through
 * saved-state.ts) and in the share link's fragment, which browsers never send to a server.
 * The words it shows come from the page as props (question words, its own labels, the plan's
 * templates), so they are in the HTML rather than in this bundle: never import question-text.ts,
 * ui-text.ts's QUIZ_UI_TEXT or templates/*.ts here.
 * Each question is a history entry, so the phone's Back button goes back a question.
 * The plan (rules, notices, rendering and its view) is a separate chunk, loaded when the plan is
 * about to show: a reader answering questions does not pay for it up front.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { visibleQuestions } from '../../lib/quiz/answers';
import { QUESTION_SPECS } from '../../lib/quiz/questions';
import type { QuizTemplates } from '../../lib/quiz/render';
import {
	PLAN_STEP_ID,
	browserStorage,
	forgetEverything,
	loadState,
	saveAnswers,
	saveStep,
	saveTicked,
} from '../../lib/quiz/saved-state';
import { decodeAnswers, encodeAnswers } from '../../lib/quiz/share-link';
import type { Answers, QuestionTexts } from '../../lib/quiz/types';
import type { IslandItem } from '../../lib/settings-display';
import Notice from './Notice';
import QuestionStep from './QuestionStep';
import QuizErrorBoundary from './QuizErrorBoundary';
import type { QuizUiText } from './ui-text';
import './quiz.css';

const PlanScreen = lazy(() => import('./PlanScreen'));

export interface QuizIslandProps {
	catalogue: IslandItem[];
	/** The words of every question and option (src/lib/quiz/question-text.ts), from the page. */
	questionText: QuestionTexts;
	/** The island's own labels and sentences (ui-text.ts), from the page. */
	uiText: QuizUiText;
	/** The plan's sentences in the page's language (src/lib/quiz/templates/<lang>.ts). */
	templates: QuizTemplates;
}

/** Steps 0 to length-1 are the questions; this one is the plan. */
const PLAN_STEP = QUESTION_SPECS.length;
const stepId = (step: number) => (step >= PLAN_STEP ? PLAN_STEP_ID : QUESTION_SPECS[step]!.id);
const stepOf = (id: string) => (id === PLAN_STEP_ID ? PLAN_STEP : Math.max(0, QUESTION_SPECS.findIndex((q) => q.id === id)));

interface NoticeState {
	title: string;
	detail?: string;
	tone: 'info' | 'warning';
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

/** Writes a history entry (push) or updates the current one, with the share link on the plan. */
function record(step: number, answers: Answers, push: boolean): string {
	try {
		const plan = step >= PLAN_STEP;
		const url = plan ? `#${encodeAnswers(answers)}` : location.pathname + location.search;
		const depth = (ourState()?.depth ?? 0) + (push ? 1 : 0);
		const state: HistoryState = { quizStep: stepId(step), depth };
		if (push) history.pushState(state, '', url);
		else history.replaceState(state, '', url);
		return plan ? location.href : '';
	} catch {
		return '';
	}
}

function nextStep(from: number, answers: Answers): number {
	const visible = visibleQuestions(answers);
	for (let i = from + 1; i < PLAN_STEP; i++) if (visible.includes(QUESTION_SPECS[i]!)) return i;
	return PLAN_STEP;
}

function previousStep(from: number, answers: Answers): number | null {
	const visible = visibleQuestions(answers);
	for (let i = Math.min(from, PLAN_STEP) - 1; i >= 0; i--) if (visible.includes(QUESTION_SPECS[i]!)) return i;
	return null;
}

/** A step that still makes sense for the answers (a hidden follow-up falls back to the one before). */
function usableStep(step: number, answers: Answers): number {
	if (step >= PLAN_STEP) return PLAN_STEP;
	if (visibleQuestions(answers).includes(QUESTION_SPECS[step]!)) return step;
	return previousStep(step, answers) ?? 0;
}

function Quiz({ catalogue, questionText, uiText: ui, templates }: QuizIslandProps) {
	// The first render is the same on the server and in the browser: a fresh first question.
	// Saved answers and share links are read after hydration, in the effect below.
	const [answers, setAnswers] = useState<Answers>({});
	const [step, setStep] = useState(0);
	const [ticked, setTicked] = useState<string[]>([]);
	const [notice, setNotice] = useState<NoticeState | null>(null);
	const [error, setError] = useState<string | null>(null);
	const [shareUrl, setShareUrl] = useState('');
	const focusLegend = useRef(false);
	const legendRef = useRef<HTMLLegendElement>(null);
	const answersRef = useRef(answers);
	answersRef.current = answers;

	const visible = useMemo(() => visibleQuestions(answers), [answers]);

	useEffect(() => {
		if (!focusLegend.current) return;
		focusLegend.current = false;
		legendRef.current?.focus();
	});

	useEffect(() => {
		function restore() {
			const storage = browserStorage();
			const saved = loadState(storage);
			if (looksLikeShareLink(location.hash)) {
				const decoded = decodeAnswers(location.hash);
				setTicked(saved.notice ? [] : saved.state.ticked);
				setError(null);
				if (decoded.ok) {
					setAnswers(decoded.answers);
					setStep(PLAN_STEP);
					setNotice(null);
					setShareUrl(record(PLAN_STEP, decoded.answers, false));
				} else {
					setAnswers({});
					setStep(0);
					record(0, {}, false);
					setNotice({ title: ui.linkNotice, detail: ui.linkProblems[decoded.reason], tone: 'warning' });
				}
				return;
			}
			if (saved.notice) {
				forgetEverything(storage);
				record(0, {}, false);
				setNotice({ title: ui.savedNotice, tone: 'warning' });
				return;
			}
			const { answers: savedAnswers, step: savedStep, ticked: savedTicked } = saved.state;
			const resume = usableStep(stepOf(savedStep), savedAnswers);
			setAnswers(savedAnswers);
			setTicked(savedTicked);
			setStep(resume);
			const url = record(resume, savedAnswers, false);
			if (resume === PLAN_STEP) setShareUrl(url);
		}
		/** Back and Forward between the quiz's own entries move between questions (and the plan). */
		function onPopState() {
			const state = ourState();
			if (!state) return;
			const current = answersRef.current;
			const to = usableStep(stepOf(state.quizStep), current);
			setError(null);
			setNotice(null);
			setStep(to);
			saveStep(browserStorage(), stepId(to));
			if (to === PLAN_STEP) setShareUrl(location.href);
			else focusLegend.current = true;
		}
		function onHashChange() {
			// A link pasted into the address bar is a new entry with no quiz state; our own entries are handled above.
			if (!ourState() && looksLikeShareLink(location.hash)) restore();
		}
		restore();
		window.addEventListener('popstate', onPopState);
		window.addEventListener('hashchange', onHashChange);
		return () => {
			window.removeEventListener('popstate', onPopState);
			window.removeEventListener('hashchange', onHashChange);
		};
	}, []);

	/** Shows step `to` as a new history entry; saves where the reader is and the answers. */
	function go(to: number, current: Answers = answers) {
		setError(null);
		setNotice(null);
		setStep(to);
		const storage = browserStorage();
		saveAnswers(storage, current);
		saveStep(storage, stepId(to));
		const url = record(to, current, true);
		if (to === PLAN_STEP) setShareUrl(url);
		else focusLegend.current = true;
	}

	const question = QUESTION_SPECS[Math.min(step, PLAN_STEP - 1)]!;
	// Every question has its words: question-text.ts checks that when the page is built.
	const words = questionText[question.id]!;

	function change(value: string | string[]) {
		const next = { ...answers, [question.id]: value };
		setAnswers(next);
		setError(null);
		saveAnswers(browserStorage(), next);
	}

	function next() {
		let current = answers;
		const value = current[question.id];
		if (question.kind === 'single' && typeof value !== 'string') {
			setError(ui.chooseOne);
			return;
		}
		if (question.kind === 'multi' && !Array.isArray(value)) {
			// Going on without ticking anything is an answer too: "none of these".
			current = { ...current, [question.id]: [] };
			setAnswers(current);
		}
		go(nextStep(step, current), current);
	}

	function back() {
		// Our own entry before this one: let the browser go back, exactly as its Back button would.
		if ((ourState()?.depth ?? 0) > 0) return history.back();
		const to = previousStep(step, answers);
		if (to !== null) go(to);
	}

	function restart() {
		setAnswers({});
		go(0, {});
	}

	function forget() {
		const storage = browserStorage();
		const ok = storage ? forgetEverything(storage) : true;
		setAnswers({});
		setTicked([]);
		setError(null);
		setStep(0);
		record(0, {}, false);
		focusLegend.current = true;
		setNotice(
			ok
				? { title: ui.forgotten, detail: ui.forgottenDetail, tone: 'info' }
				: { title: ui.notForgotten, detail: ui.notForgottenDetail, tone: 'warning' },
		);
	}

	function tick(id: string, done: boolean) {
		const next = done ? [...ticked.filter((t) => t !== id), id] : ticked.filter((t) => t !== id);
		setTicked(next);
		saveTicked(browserStorage(), next);
	}

	const onPlan = step >= PLAN_STEP;
	const position = Math.max(1, visible.indexOf(question) + 1);
	return (
		<div className="quiz">
			<div className="quiz-notices" aria-live="polite">
				{notice && (
					<Notice title={notice.title} tone={notice.tone}>
						{notice.detail && <p>{notice.detail}</p>}
					</Notice>
				)}
			</div>
			{/* Announces the plan once it is on screen (focus also moves to its heading). */}
			<p className="sr-only" role="status">
				{onPlan ? ui.planReady : ''}
			</p>
			{onPlan ? (
				<Suspense fallback={<p className="quiz-loading">{ui.loading}</p>}>
					<PlanScreen
						answers={answers}
						catalogue={catalogue}
						ui={ui}
						templates={templates}
						ticked={ticked}
						shareUrl={shareUrl}
						onTick={tick}
						onChangeAnswers={() => go(0)}
						onRestart={restart}
						onForget={forget}
					/>
				</Suspense>
			) : (
				<QuestionStep
					key={question.id}
					question={question}
					text={words}
					ui={ui}
					value={answers[question.id]}
					// The count never changes mid-way: every question, follow-ups included, from the start.
					position={position}
					total={QUESTION_SPECS.length}
					last={nextStep(step, answers) === PLAN_STEP}
					error={error}
					legendRef={legendRef}
					onChange={change}
					onNext={next}
					onBack={previousStep(step, answers) === null ? undefined : back}
				/>
			)}
		</div>
	);
}

export default function QuizIsland(props: QuizIslandProps) {
	return (
		<QuizErrorBoundary ui={props.uiText}>
			<Quiz {...props} />
		</QuizErrorBoundary>
	);
}
