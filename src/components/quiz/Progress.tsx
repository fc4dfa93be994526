interface Props {
	/** 1-based position among the questions currently shown. */
	position: number;
	total: number;
}

/** "Question 3 of 9", with a bar for sighted readers (the text already says it for screen readers). */
export default function Progress({ position, total }: Props) {
	return (
		<div className="quiz-progress">
			<p className="quiz-progress-text">
				Question {position} of {total}
			</p>
			<progress className="quiz-progress-bar" value={position} max={total} aria-hidden="true" />
		</div>
	);
}
