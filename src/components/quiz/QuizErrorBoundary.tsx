import { Component, type ReactNode } from 'react';

interface Props {
	children: ReactNode;
}

/** If anything in the quiz breaks, the reader gets a message and a way on, never a blank box. */
export default class QuizErrorBoundary extends Component<Props, { failed: boolean }> {
	override state = { failed: false };

	static getDerivedStateFromError(): { failed: boolean } {
		return { failed: true };
	}

	override render() {
		if (!this.state.failed) return this.props.children;
		return (
			<div className="quiz-notice quiz-notice-warning" role="alert">
				<p className="quiz-notice-title">Sorry, the quiz stopped working in this browser.</p>
				<p>
					You can still read about every setting and decide for yourself:{' '}
					<a href="/settings/">see all settings and what they cost you</a>.
				</p>
			</div>
		);
	}
}
