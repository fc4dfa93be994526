/**
 * The trade-off quiz: one question at a time, then a plan built from the settings catalogue.
 * Everything happens in the reader's browser. Answers are kept only in localStorage (through
 * saved-state.ts) and in the share link's fragment, which browsers never send to a server.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { buildPlan, visibleQuestions } from '../../lib/quiz/engine';
import { QUESTIONS } from '../../lib/quiz/questions';
import { browserStorage, forgetEverything, loadState, saveAnswers, saveStep, saveTicked } from '../../lib/quiz/saved-state';
import { decodeAnswers, encodeAnswers } from '../../lib/quiz/share-link';
import type { Answers, Question } from '../../lib/quiz/types';
import { toEngineItem, type IslandItem } from '../../lib/settings-display';
import Notice from './Notice';
import PlanView from './PlanView';
import QuestionStep from './QuestionStep';
import QuizErrorBoundary from './QuizErrorBoundary';
import './quiz.css';

export interface QuizIslandProps {
	catalogue: IslandItem[];
}

/** The saved "step" when the plan is showing (steps 0 to length-1 are the questions). */
const PLAN_STEP = QUESTIONS.length;
const LINK_NOTICE = 'This link could not be read, so the quiz starts fresh.';
const SAVED_NOTICE = 'Your saved answers could not be read, so the quiz starts fresh.';

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

function shown(question: Question | undefined, visible: Question[]): boolean {
	return question !== undefined && visible.includes(question);
}

function nextStep(from: number, answers: Answers): number {
	const visible = visibleQuestions(answers);
	for (let i = from + 1; i < QUESTIONS.length; i++) if (shown(QUESTIONS[i], visible)) return i;
	return PLAN_STEP;
}

function previousStep(from: number, answers: Answers): number | null {
	const visible = visibleQuestions(answers);
	for (let i = Math.min(from, PLAN_STEP) - 1; i >= 0; i--) if (shown(QUESTIONS[i], visible)) return i;
	return null;
}

/** A saved step that still makes sense for the saved answers (a hidden follow-up falls back). */
function usableStep(step: number, answers: Answers): number {
	if (step >= PLAN_STEP) return PLAN_STEP;
	if (shown(QUESTIONS[step], visibleQuestions(answers))) return step;
	return previousStep(step, answers) ?? 0;
}

function Quiz({ catalogue }: QuizIslandProps) {
	const engineCatalogue = useMemo(() => catalogue.map(toEngineItem), [catalogue]);
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
	const plan = useMemo(() => (step >= PLAN_STEP ? buildPlan(answers, engineCatalogue) : null), [step, answers, engineCatalogue]);

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
					setNotice({ title: LINK_NOTICE, detail: decoded.reason, tone: 'warning' });
				}
				return;
			}
			if (saved.notice) {
				forgetEverything(storage);
				setNotice({ title: SAVED_NOTICE, tone: 'warning' });
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

	const question = QUESTIONS[Math.min(step, PLAN_STEP - 1)]!;

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
			setError('Choose one answer to go on.');
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
				? {
						title: 'Your answers are forgotten.',
						detail: 'Everything the quiz saved in this browser is deleted, ticks included.',
						tone: 'info',
					}
				: {
						title: 'This browser did not let us delete your saved answers.',
						detail: "Clear this site's data in your browser's settings instead.",
						tone: 'warning',
					},
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
		<QuizErrorBoundary>
			<Quiz {...props} />
		</QuizErrorBoundary>
	);
}
