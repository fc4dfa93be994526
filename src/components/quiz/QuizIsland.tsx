/**
 * The trade-off quiz: one question at a time, then a plan built from the settings catalogue.
 * Everything happens in the reader's browser. Answers are kept only in localStorage (through
 * saved-state.ts) and in the share link's fragment, which browsers never send to a server.
 * The words it shows (questions and its own labels) come from the page as props, so they are in the
 * HTML rather than in this bundle: never import question-text.ts or QUIZ_UI_TEXT here.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { buildPlan, visibleQuestions } from '../../lib/quiz/engine';
import { QUESTION_SPECS } from '../../lib/quiz/questions';
import { browserStorage, forgetEverything, loadState, saveAnswers, saveStep, saveTicked } from '../../lib/quiz/saved-state';
import { decodeAnswers, encodeAnswers } from '../../lib/quiz/share-link';
import type { Answers, QuestionSpec, QuestionTexts } from '../../lib/quiz/types';
import type { IslandItem } from '../../lib/settings-display';
import Notice from './Notice';
import PlanView from './PlanView';
import QuestionStep from './QuestionStep';
import QuizErrorBoundary from './QuizErrorBoundary';
import type { QuizUiText } from './ui-text';
import './quiz.css';

export interface QuizIslandProps {
	catalogue: IslandItem[];
	/** The words of every question and option (src/lib/quiz/question-text.ts), from the page. */
	questionText: QuestionTexts;
	/** The island's own labels and sentences (ui-text.ts), from the page. */
	uiText: QuizUiText;
}

/** The saved "step" when the plan is showing (steps 0 to length-1 are the questions). */
const PLAN_STEP = QUESTION_SPECS.length;

interface NoticeState {
	title: string;
	detail?: string;
	tone: 'info' | 'warning';
}

/** A fragment made by the quiz ("v=1&region=uk…"), as opposed to an in-page anchor like #main-content. */
function looksLikeShareLink(hash: string): boolean {
	const body = hash.replace(/^#/, '');
	return body === 'v' || /[=&]/.test(body);
}

function setHash(fragment: string): string {
	try {
		const url = fragment ? `#${fragment}` : location.pathname + location.search;
		history.replaceState(history.state, '', url);
		return location.href;
	} catch {
		return '';
	}
}

function shown(question: QuestionSpec | undefined, visible: QuestionSpec[]): boolean {
	return question !== undefined && visible.includes(question);
}

function nextStep(from: number, answers: Answers): number {
	const visible = visibleQuestions(answers);
	for (let i = from + 1; i < PLAN_STEP; i++) if (shown(QUESTION_SPECS[i], visible)) return i;
	return PLAN_STEP;
}

function previousStep(from: number, answers: Answers): number | null {
	const visible = visibleQuestions(answers);
	for (let i = Math.min(from, PLAN_STEP) - 1; i >= 0; i--) if (shown(QUESTION_SPECS[i], visible)) return i;
	return null;
}

/** A saved step that still makes sense for the saved answers (a hidden follow-up falls back). */
function usableStep(step: number, answers: Answers): number {
	if (step >= PLAN_STEP) return PLAN_STEP;
	if (shown(QUESTION_SPECS[step], visibleQuestions(answers))) return step;
	return previousStep(step, answers) ?? 0;
}

function Quiz({ catalogue, questionText, uiText: ui }: QuizIslandProps) {
	const settings = useMemo(() => new Map(catalogue.map((item) => [item.id, item])), [catalogue]);
	// The first render is the same on the server and in the browser: a fresh first question.
	// Saved answers and share links are read after hydration, in the effect below.
	const [answers, setAnswers] = useState<Answers>({});
	const [step, setStep] = useState(0);
	const [ticked, setTicked] = useState<string[]>([]);
	const [notice, setNotice] = useState<NoticeState | null>(null);
	const [error, setError] = useState<string | null>(null);
	const [shareUrl, setShareUrl] = useState('');
	const focusNext = useRef<'legend' | 'plan' | null>(null);
	const legendRef = useRef<HTMLLegendElement>(null);
	const headingRef = useRef<HTMLHeadingElement>(null);

	const visible = useMemo(() => visibleQuestions(answers), [answers]);
	const plan = useMemo(() => (step >= PLAN_STEP ? buildPlan(answers, catalogue) : null), [step, answers, catalogue]);

	useEffect(() => {
		const target = focusNext.current;
		focusNext.current = null;
		if (target === 'legend') legendRef.current?.focus();
		else if (target === 'plan') headingRef.current?.focus();
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
					setShareUrl(setHash(encodeAnswers(decoded.answers)));
				} else {
					setHash('');
					setAnswers({});
					setStep(0);
					setNotice({ title: ui.linkNotice, detail: decoded.reason, tone: 'warning' });
				}
				return;
			}
			if (saved.notice) {
				forgetEverything(storage);
				setNotice({ title: ui.savedNotice, tone: 'warning' });
				return;
			}
			const { answers: savedAnswers, step: savedStep, ticked: savedTicked } = saved.state;
			const resume = usableStep(savedStep, savedAnswers);
			setAnswers(savedAnswers);
			setTicked(savedTicked);
			setStep(resume);
			if (resume === PLAN_STEP) setShareUrl(setHash(encodeAnswers(savedAnswers)));
		}
		function onHashChange() {
			if (looksLikeShareLink(location.hash)) restore();
		}
		restore();
		window.addEventListener('hashchange', onHashChange);
		return () => window.removeEventListener('hashchange', onHashChange);
	}, []);

	/** Shows question `to`; saves where the reader is (and the answers, which may have come from a link). */
	function go(to: number, current: Answers = answers) {
		if (step >= PLAN_STEP) setHash('');
		setError(null);
		setNotice(null);
		setStep(to);
		const storage = browserStorage();
		saveAnswers(storage, current);
		saveStep(storage, to);
		focusNext.current = 'legend';
	}

	function showPlan(current: Answers) {
		setError(null);
		setNotice(null);
		setStep(PLAN_STEP);
		const storage = browserStorage();
		saveAnswers(storage, current);
		saveStep(storage, PLAN_STEP);
		setShareUrl(setHash(encodeAnswers(current)));
		// Moving focus to the plan's heading is what announces it to screen readers.
		focusNext.current = 'plan';
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
		const to = nextStep(step, current);
		if (to === PLAN_STEP) showPlan(current);
		else go(to, current);
	}

	function back() {
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
		setHash('');
		setAnswers({});
		setTicked([]);
		setError(null);
		setStep(0);
		focusNext.current = 'legend';
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

	const previous = plan ? null : previousStep(step, answers);
	return (
		<div className="quiz">
			<div className="quiz-notices" aria-live="polite">
				{notice && (
					<Notice title={notice.title} tone={notice.tone}>
						{notice.detail && <p>{notice.detail}</p>}
					</Notice>
				)}
			</div>
			{plan ? (
				<PlanView
					plan={plan}
					settings={settings}
					ui={ui}
					ticked={ticked}
					shareUrl={shareUrl}
					headingRef={headingRef}
					onTick={tick}
					onChangeAnswers={() => go(0)}
					onRestart={restart}
					onForget={forget}
				/>
			) : (
				<QuestionStep
					key={question.id}
					question={question}
					text={words}
					ui={ui}
					value={answers[question.id]}
					position={Math.max(1, visible.indexOf(question) + 1)}
					total={visible.length}
					error={error}
					legendRef={legendRef}
					onChange={change}
					onNext={next}
					onBack={previous === null ? undefined : back}
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
