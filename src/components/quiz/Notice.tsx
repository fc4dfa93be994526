import type { ReactNode } from 'react';

interface Props {
	title: string;
	children?: ReactNode;
	tone?: 'info' | 'warning';
}

/** A visible box for something the reader must see: a link that could not be read, a deletion done. */
export default function Notice({ title, children, tone = 'info' }: Props) {
	return (
		<div className={`quiz-notice quiz-notice-${tone}`}>
			<p className="quiz-notice-title">{title}</p>
			{children}
		</div>
	);
}
