import type { PlanItem } from '../../lib/quiz/types';
import type { IslandItem } from '../../lib/settings-display';
import { fill } from './fill';
import type { QuizUiText } from './ui-text';

interface Props {
	item: PlanItem;
	setting: IslandItem;
	ui: QuizUiText;
	done: boolean;
	onDoneChange: (done: boolean) => void;
	/** Items the reader is not advised to do keep their steps folded away. */
	foldSteps?: boolean;
}

/** One step of the plan: what to do, why it is here, what it protects and costs, and how sure we are. */
export default function PlanItemCard({ item, setting, ui, done, onDoneChange, foldSteps = false }: Props) {
	const { id, name, url, text } = setting;
	const doneId = `done-${id}`;
	const named = <span className="sr-only">: {name}</span>;
	const steps = (
		<ol className="plan-steps">
			{setting.steps.map((step, i) => (
				<li key={i}>{step}</li>
			))}
		</ol>
	);
	const facts: [string, string][] = [
		[ui.protects, text.protects],
		[ui.costsYou, text.costs ? `${text.costs}. ${setting.costNote}` : setting.costNote],
		[ui.howSure, text.certainty],
		[ui.time, text.effort],
	];
	return (
		<li className={`plan-item${done ? ' is-done' : ''}`} data-setting-id={id}>
			<h4 className="plan-item-name">
				<a href={url}>{name}</a>
			</h4>
			<p className="plan-done">
				<input type="checkbox" id={doneId} checked={done} onChange={(e) => onDoneChange(e.currentTarget.checked)} />
				<label htmlFor={doneId}>
					{ui.done}
					{named}
				</label>
			</p>
			<p className="plan-reason">{item.reason}</p>
			{foldSteps ? (
				<details className="plan-fold">
					<summary>
						{ui.doAnyway}
						{named}
					</summary>
					{steps}
				</details>
			) : (
				steps
			)}
			<dl className="plan-facts">
				{facts.map(([term, value]) => (
					<div key={term}>
						<dt>{term}</dt>
						<dd>{value}</dd>
					</div>
				))}
			</dl>
			<p className="plan-meta">
				<a href={url}>
					{fill(setting.sourceCount === 1 ? ui.sourcesOne : ui.sourcesMany, { count: setting.sourceCount })}
					<span className="sr-only"> for {name}</span>
				</a>
				. {ui.lastVerified} <time dateTime={setting.lastVerified}>{text.lastVerified}</time>.
			</p>
		</li>
	);
}
