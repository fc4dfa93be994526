import type { Ref, SubmitEvent } from 'react';
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
	/** Shown when the reader pressed Next without choosing (single-choice questions). */
	error: string | null;
	legendRef: Ref<HTMLLegendElement>;
	onChange: (value: string | string[]) => void;
	onNext: () => void;
	/** Absent on the first question. */
	onBack?: (() => void) | undefined;
}

/** One question: a fieldset with its legend, radios or checkboxes with labels, Back and Next. */
export default function QuestionStep({ question, text, ui, value, position, total, error, legendRef, onChange, onNext, onBack }: Props) {
	const multi = question.kind === 'multi';
	const picked = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
	const helpId = `q-${question.id}-help`;
	const errorId = `q-${question.id}-error`;
	const describedBy = [text.help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;

	function toggle(optionId: string, checked: boolean) {
		if (!multi) {
			onChange(optionId);
			return;
		}
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
			<fieldset aria-describedby={describedBy}>
				<legend tabIndex={-1} ref={legendRef}>
					{text.prompt}
				</legend>
				{text.help && (
					<p id={helpId} className="quiz-help">
						{text.help}
					</p>
				)}
				{error && (
					<p id={errorId} className="quiz-error" role="alert">
						{error}
					</p>
				)}
				<ul className="quiz-options">
					{question.options.map((option) => {
						const id = `q-${question.id}-${option.id}`;
						const words = text.options[option.id];
						return (
							<li key={option.id}>
								<input
									type={multi ? 'checkbox' : 'radio'}
									id={id}
									name={question.id}
									value={option.id}
									checked={picked.includes(option.id)}
									onChange={(e) => toggle(option.id, e.currentTarget.checked)}
									aria-describedby={words?.hint ? `${id}-hint` : undefined}
									aria-invalid={error && !multi ? true : undefined}
								/>
								<label htmlFor={id}>{words?.label}</label>
								{words?.hint && (
									<span id={`${id}-hint`} className="quiz-hint">
										{words.hint}
									</span>
								)}
							</li>
						);
					})}
				</ul>
			</fieldset>
			<div className="quiz-nav">
				{onBack && (
					<button type="button" className="secondary" onClick={onBack}>
						{ui.back}
					</button>
				)}
				<button type="submit">{position === total ? ui.seePlan : ui.next}</button>
			</div>
		</form>
	);
}
