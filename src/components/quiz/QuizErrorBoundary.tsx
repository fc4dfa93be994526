import { Component, type ReactNode } from 'react';
import Notice from './Notice';
import type { QuizUiText } from './ui-text';

interface Props {
	children: ReactNode;
	ui: QuizUiText;
	/** The settings list in the page's language. */
	settingsHref: string;
}

/** If anything in the quiz breaks, the reader gets a message and a way on, never a blank box. */
export default class QuizErrorBoundary extends Component<Props, { failed: boolean }> {
	override state = { failed: false };

	static getDerivedStateFromError(): { failed: boolean } {
		return { failed: true };
	}

	override render() {
		if (!this.state.failed) return this.props.children;
		const { ui, settingsHref } = this.props;
		return (
			<div role="alert">
				<Notice title={ui.broken} tone="warning">
					<p>
						{ui.brokenDetail} <a href={settingsHref}>{ui.brokenLink}</a>.
					</p>
				</Notice>
			</div>
		);
	}
}
