import { fill } from './fill';

interface Props {
	/** 1-based position among the questions currently shown. */
	position: number;
	total: number;
	/** "Question {position} of {total}" from the page. */
	template: string;
}

/** "Question 3 of 9", with a bar for sighted readers (the text already says it for screen readers). */
export default function Progress({ position, total, template }: Props) {
	return (
		<div className="quiz-progress">
			<p className="quiz-progress-text">{fill(template, { position, total })}</p>
			<progress className="quiz-progress-bar" value={position} max={total} aria-hidden="true" />
		</div>
	);
}
