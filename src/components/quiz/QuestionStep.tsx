import { useEffect, useRef, type Ref, type SubmitEvent } from 'react';
import type { QuestionSpec, QuestionText } from '../../lib/quiz/types';
import type { QuizUiText } from './ui-text';
import Progress from './Progress';

interface Props {
	question: QuestionSpec;
	/** The question's words (prompt, help, option labels and hints), from the page. */
	text: QuestionText;
	ui: QuizUiText;
	/** The current answer: an option id (single) or a list of option ids (multi). */
	value: string | string[] | undefined;
	position: number;
	total: number;
	/** True on the last question shown for these answers: the button then says "See my plan". */
	last: boolean;
	/** Shown when the reader pressed Next without choosing (single-choice questions). */
	error: string | null;
	legendRef: Ref<HTMLLegendElement>;
	onChange: (value: string | string[]) => void;
	onNext: () => void;
	/** Absent on the first question. */
	onBack?: (() => void) | undefined;
}

/**
 * One question: a fieldset with its legend, and options whose whole row is the tap target (the
 * label wraps the input, its words and its hint). An unanswered Next puts a message right above the
 * buttons and moves focus to it, so it is in view and read out.
 */
export default function QuestionStep({
	question,
	text,
	ui,
	value,
	position,
	total,
	last,
	error,
	legendRef,
	onChange,
	onNext,
	onBack,
}: Props) {
	const multi = question.kind === 'multi';
	const picked = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
	const helpId = `q-${question.id}-help`;
	const errorId = `q-${question.id}-error`;
	const errorRef = useRef<HTMLParagraphElement>(null);

	useEffect(() => {
		if (error) errorRef.current?.focus();
	}, [error]);

	function toggle(optionId: string, checked: boolean) {
		if (!multi) return onChange(optionId);
		const next = checked ? [...picked, optionId] : picked.filter((id) => id !== optionId);
		// Keep the options' own order, so the answers (and share links) never depend on click order.
		onChange(question.options.map((o) => o.id).filter((id) => next.includes(id)));
	}

	function submit(event: SubmitEvent) {
		event.preventDefault();
		onNext();
	}

	return (
		<form className="quiz-step" onSubmit={submit} noValidate>
			<Progress position={position} total={total} template={ui.progress} />
			<fieldset aria-describedby={text.help ? helpId : undefined}>
				<legend tabIndex={-1} ref={legendRef}>
					{text.prompt}
				</legend>
				{text.help && (
					<p id={helpId} className="quiz-help">
						{text.help}
					</p>
				)}
				<ul className="quiz-options">
					{question.options.map((option) => {
						const words = text.options[option.id];
						return (
							<li key={option.id}>
								<label className="quiz-option">
									<input
										type={multi ? 'checkbox' : 'radio'}
										name={question.id}
										value={option.id}
										checked={picked.includes(option.id)}
										onChange={(e) => toggle(option.id, e.currentTarget.checked)}
										aria-describedby={error && !multi ? errorId : undefined}
									/>
									<span className="quiz-option-label">{words?.label}</span>
									{words?.hint && <span className="quiz-hint">{words.hint}</span>}
								</label>
							</li>
						);
					})}
				</ul>
			</fieldset>
			{error && (
				<p id={errorId} className="quiz-error" tabIndex={-1} ref={errorRef}>
					{error}
				</p>
			)}
			<div className="quiz-nav">
				{onBack && (
					<button type="button" className="secondary" onClick={onBack}>
						{ui.back}
					</button>
				)}
				<button type="submit">{last ? ui.seePlan : ui.next}</button>
			</div>
		</form>
	);
}
