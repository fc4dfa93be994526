import { Component, type ReactNode } from 'react';
import type { QuizUiText } from './ui-text';

interface Props {
	children: ReactNode;
	ui: QuizUiText;
}

/** If anything in the quiz breaks, the reader gets a message and a way on, never a blank box. */
export default class QuizErrorBoundary extends Component<Props, { failed: boolean }> {
	override state = { failed: false };

	static getDerivedStateFromError(): { failed: boolean } {
		return { failed: true };
	}

	override render() {
		if (!this.state.failed) return this.props.children;
		const { ui } = this.props;
		return (
			<div className="quiz-notice quiz-notice-warning" role="alert">
				<p className="quiz-notice-title">{ui.broken}</p>
				<p>
					{ui.brokenDetail} <a href="/settings/">{ui.brokenLink}</a>.
				</p>
			</div>
		);
	}
}
