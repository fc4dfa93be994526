/**
 * The trade-off quiz: one question at a time, then a plan built from the settings catalogue.
 * Everything happens in the reader's browser. Answers are kept only in localStorage (through
 * saved-state.ts) and in the share link's fragment, which browsers never send to a server.
 * The words it shows come from the page as props (question words, its own labels, the plan's
 * templates, in the page's language: src/lib/quiz/words/), so they are in the HTML rather than in
 * this one bundle shared by every language: never import question-text.ts, ui-text.ts's
 * QUIZ_UI_TEXT, templates/*.ts, words/*.ts or src/translations here.
 * Its site links carry the page's language (links.ts); share links carry none, so a link made on
 * /de/quiz/ opens the same plan on /fr/quiz/, in French.
 * Each question is a history entry, so the phone's Back button goes back a question.
 * Two parts load on demand, so the first question does not wait for them: saving and share links
 * (persistence.ts), loaded as soon as the island starts, and the plan (rules, notices, rendering and
 * its view), loaded when the plan is about to show.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { QUESTION_SPECS } from '../../lib/quiz/questions';
import type { QuizTemplates } from '../../lib/quiz/render';
import type { Answers, QuestionTexts } from '../../lib/quiz/types';
import { visibleQuestions } from '../../lib/quiz/visibility';
import type { IslandItem } from '../../lib/settings-display';
import Notice from './Notice';
import QuestionStep from './QuestionStep';
import QuizErrorBoundary from './QuizErrorBoundary';
import type { QuizView, ViewUpdate } from './session';
import type { QuizUiText } from './ui-text';
import './quiz.css';

const PlanScreen = lazy(() => import('./PlanScreen'));
type Session = typeof import('./session');
let session: Promise<Session> | null = null;
/** Runs `use` once the session module has loaded, in call order. A failed load loses only saving and Back. */
function withSession(use: (s: Session) => void): void {
	session ??= import('./session');
	session.then(use, () => {});
}

export interface QuizIslandProps {
	/**
	 * The settings list in the page's language ("/de/settings/"): the island's one link to a page of
	 * the site that is not a setting. Setting links come in the catalogue, already in the page's
	 * language, so the island needs no language logic of its own (and ships none).
	 */
	settingsHref: string;
	catalogue: IslandItem[];
	/** The words of every question and option (src/lib/quiz/question-text.ts), from the page. */
	questionText: QuestionTexts;
	/** The island's own labels and sentences (ui-text.ts), from the page. */
	uiText: QuizUiText;
	/** The plan's sentences in the page's language (src/lib/quiz/templates/<lang>.ts). */
	templates: QuizTemplates;
}

interface NoticeState {
	title: string;
	detail?: string;
	tone: 'info' | 'warning';
}

/** Steps 0 to length-1 are the questions; this one is the plan (session.ts has the same). */
const PLAN_STEP = QUESTION_SPECS.length;

/**
 * The nearest question shown for these answers after (dir 1) or before (dir -1) step `from`:
 * PLAN_STEP past the last one, -1 before the first.
 */
function seek(from: number, dir: 1 | -1, answers: Answers): number {
	const visible = visibleQuestions(answers);
	let i = from + dir;
	while (i >= 0 && i < PLAN_STEP && !visible.includes(QUESTION_SPECS[i]!)) i += dir;
	return i;
}

function Quiz({ settingsHref, catalogue, questionText, uiText: ui, templates }: QuizIslandProps) {
	// The first render is the same on the server and in the browser: a fresh first question.
	// Saved answers and share links are read after hydration, in the effect below.
	const [answers, setAnswers] = useState<Answers>({});
	const [step, setStep] = useState(0);
	// The step on screen, for the session's callbacks (which outlive a render).
	const shownStep = useRef(step);
	shownStep.current = step;
	const [ticked, setTicked] = useState<string[]>([]);
	const [notice, setNotice] = useState<NoticeState | null>(null);
	const [error, setError] = useState<string | null>(null);
	const [shareUrl, setShareUrl] = useState('');
	const focusLegend = useRef(false);
	const legendRef = useRef<HTMLLegendElement>(null);
	const touched = useRef(false);
	const answersRef = useRef(answers);
	answersRef.current = answers;
	const visible = useMemo(() => visibleQuestions(answers), [answers]);

	/** What the session (restore, Back and Forward, saving) sees and changes. */
	const view = useRef<QuizView>({
		update(update: ViewUpdate) {
			if (update.answers) setAnswers(update.answers);
			if (update.ticked) setTicked(update.ticked);
			if (update.shareUrl !== undefined) setShareUrl(update.shareUrl);
			if (update.notice !== undefined) {
				const n = update.notice;
				setNotice(
					n === null
						? null
						: n.kind === 'link'
							? { title: ui.linkNotice, detail: ui.linkProblems[n.reason], tone: 'warning' }
							: n.kind === 'saved'
								? { title: ui.savedNotice, tone: 'warning' }
								: n.kind === 'forgotten'
									? { title: ui.forgotten, detail: ui.forgottenDetail, tone: 'info' }
									: { title: ui.notForgotten, detail: ui.notForgottenDetail, tone: 'warning' },
				);
			}
			if (update.step !== undefined) {
				setError(null);
				// Focus moves only when the question changes: restoring the question already on screen (the
				// session module loading after a keyboard reader has tabbed into the first answer) must not
				// pull their focus back to the question.
				if (update.step < PLAN_STEP && update.step !== shownStep.current) focusLegend.current = true;
				setStep(update.step);
			}
		},
		answers: () => answersRef.current,
		touched: () => touched.current,
		// The entry's question, or the one before it if the answers since then hide it.
		usable: (step, current) => Math.min(PLAN_STEP, Math.max(0, seek(step + 1, -1, current))),
	}).current;

	useEffect(() => {
		if (!focusLegend.current) return;
		focusLegend.current = false;
		legendRef.current?.focus();
	});

	useEffect(() => {
		let stop = () => {};
		withSession((s) => (stop = s.start(view)));
		return () => stop();
	}, []);

	/** Shows step `to` as a new history entry; saves where the reader is and the answers. */
	function go(to: number, current: Answers = answers) {
		setError(null);
		setNotice(null);
		setStep(to);
		if (to < PLAN_STEP) focusLegend.current = true;
		withSession((s) => s.moved(view, to, current));
	}

	const question = QUESTION_SPECS[Math.min(step, PLAN_STEP - 1)]!;
	// Every question has its words: question-text.ts checks that when the page is built.
	const words = questionText[question.id]!;

	function change(value: string | string[]) {
		const next = { ...answers, [question.id]: value };
		touched.current = true;
		setAnswers(next);
		setError(null);
		withSession((s) => s.changed(next));
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
		go(seek(step, 1, current), current);
	}

	function back() {
		withSession((s) => {
			if (s.back()) return;
			const to = seek(step, -1, answers);
			if (to >= 0) go(to);
		});
	}

	function restart() {
		setAnswers({});
		go(0, {});
	}

	function forget() {
		setAnswers({});
		setTicked([]);
		setError(null);
		setStep(0);
		focusLegend.current = true;
		withSession((s) => s.forget(view));
	}

	function tick(id: string, done: boolean) {
		const next = done ? [...ticked.filter((t) => t !== id), id] : ticked.filter((t) => t !== id);
		setTicked(next);
		withSession((s) => s.ticks(next));
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
						settingsHref={settingsHref}
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
					last={seek(step, 1, answers) === PLAN_STEP}
					error={error}
					legendRef={legendRef}
					onChange={change}
					onNext={next}
					onBack={seek(step, -1, answers) < 0 ? undefined : back}
				/>
			)}
		</div>
	);
}

export default function QuizIsland(props: QuizIslandProps) {
	return (
		<QuizErrorBoundary ui={props.uiText} settingsHref={props.settingsHref}>
			<Quiz {...props} />
		</QuizErrorBoundary>
	);
}
