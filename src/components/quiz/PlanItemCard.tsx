import type { PlanItem } from '../../lib/quiz/types';
import type { IslandItem } from '../../lib/settings-display';

interface Props {
	item: PlanItem;
	setting: IslandItem;
	done: boolean;
	onDoneChange: (done: boolean) => void;
	/** Items the reader is not advised to do keep their steps folded away. */
	foldSteps?: boolean;
}

/** One step of the plan: what to do, why it is here, what it protects and costs, and how sure we are. */
export default function PlanItemCard({ item, setting, done, onDoneChange, foldSteps = false }: Props) {
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
		['Protects', text.protects],
		['Costs you', text.costs ? `${text.costs}. ${setting.costNote}` : setting.costNote],
		['How sure', text.certainty],
		['Time', text.effort],
	];
	return (
		<li className={`plan-item${done ? ' is-done' : ''}`} data-setting-id={id}>
			<h4 className="plan-item-name">
				<a href={url}>{name}</a>
			</h4>
			<p className="plan-done">
				<input type="checkbox" id={doneId} checked={done} onChange={(e) => onDoneChange(e.currentTarget.checked)} />
				<label htmlFor={doneId}>
					Done{named}
				</label>
			</p>
			<p className="plan-reason">{item.reason}</p>
			{foldSteps ? (
				<details className="plan-fold">
					<summary>How to do it anyway{named}</summary>
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
					{setting.sourceCount} {setting.sourceCount === 1 ? 'source' : 'sources'} and details
					<span className="sr-only"> for {name}</span>
				</a>
				. Last verified <time dateTime={setting.lastVerified}>{text.lastVerified}</time>.
			</p>
		</li>
	);
}
