import type { QuizTemplates } from '../../lib/quiz/render';
import { pickPlural, renderReason } from '../../lib/quiz/render';
import type { PlanItem } from '../../lib/quiz/types';
import type { IslandItem } from '../../lib/settings-display';
import { fill } from './fill';
import type { QuizUiText } from './ui-text';

interface Props {
	item: PlanItem;
	setting: IslandItem;
	ui: QuizUiText;
	templates: QuizTemplates;
	name: (id: string) => string;
	done: boolean;
	onDoneChange: (done: boolean) => void;
	/** Items the reader is not advised to do keep their steps folded away. */
	foldSteps?: boolean;
}

/** One step of the plan: what to do, why it is here, what it protects and costs, and how sure we are. */
export default function PlanItemCard({ item, setting, ui, templates, name, done, onDoneChange, foldSteps = false }: Props) {
	const { id, text } = setting;
	// The setting's page in the reader's language; Meta's own pages (setting.links) stay as they are.
	// Already in the page's language: the page builds the catalogue (quiz.astro).
	const url = setting.url;
	const doneId = `done-${id}`;
	const named = <span className="sr-only">: {setting.name}</span>;
	const steps = (
		<>
			{text.stepsBy && <p className="plan-steps-by">{text.stepsBy}</p>}
			<ol className="plan-steps">
				{setting.steps.map((step, i) => (
					<li key={i}>{step}</li>
				))}
			</ol>
			{setting.links && setting.links.length > 0 && (
				<ul className="plan-links">
					{setting.links.map((link) => (
						<li key={link.url}>
							<a href={link.url} rel="noopener noreferrer">
								{link.label}
							</a>{' '}
							<span className="quiz-hint">{ui.leavesSite}</span>
						</li>
					))}
				</ul>
			)}
		</>
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
				<a href={url}>{setting.name}</a>
			</h4>
			<p className="plan-done">
				<input type="checkbox" id={doneId} checked={done} onChange={(e) => onDoneChange(e.currentTarget.checked)} />
				<label htmlFor={doneId}>
					{ui.done}
					{named}
				</label>
			</p>
			<p className="plan-reason">{item.reasons.map((r) => renderReason(r, templates, name)).join(' ')}</p>
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
					{fill(pickPlural(ui.sources, setting.sourceCount, templates.locale), { count: setting.sourceCount })}
					<span className="sr-only">: {setting.name}</span>
				</a>
				. {ui.lastVerified} <time dateTime={setting.lastVerified}>{text.lastVerified}</time>.
			</p>
		</li>
	);
}
