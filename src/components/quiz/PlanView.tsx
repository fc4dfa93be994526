import { useEffect, useRef, useState } from 'react';
import { planItems } from '../../lib/quiz/plan';
import { pickPlural, renderNotice, renderSummary, type QuizTemplates } from '../../lib/quiz/render';
import type { Plan, PlanItem } from '../../lib/quiz/types';
import type { IslandItem } from '../../lib/settings-display';
import { fill } from './fill';
import Notice from './Notice';
import PlanItemCard from './PlanItemCard';
import type { QuizUiText } from './ui-text';

interface Props {
	/** The settings list in the page's language. */
	settingsHref: string;
	plan: Plan;
	settings: Map<string, IslandItem>;
	ui: QuizUiText;
	templates: QuizTemplates;
	ticked: string[];
	shareUrl: string;
	onTick: (id: string, done: boolean) => void;
	onChangeAnswers: () => void;
	onRestart: () => void;
	onForget: () => void;
}

interface Group {
	key: keyof QuizUiText['groups'];
	items: PlanItem[];
}

/**
 * The reader's plan: a summary line, notices, then the groups (each marked with data-plan-group,
 * each item with data-setting-id), then print, share and start-again controls. Its heading takes
 * focus when it appears, which is what tells a screen reader the plan is here.
 */
export default function PlanView({
	settingsHref,
	plan,
	settings,
	ui,
	templates,
	ticked,
	shareUrl,
	onTick,
	onChangeAnswers,
	onRestart,
	onForget,
}: Props) {
	const linkRef = useRef<HTMLInputElement>(null);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const [copyStatus, setCopyStatus] = useState('');
	const name = (id: string) => settings.get(id)?.name ?? id;
	const groups: Group[] = [
		{ key: 'first', items: plan.doFirst ? [plan.doFirst] : [] },
		{ key: 'recommended', items: plan.recommended },
		{ key: 'consider', items: plan.consider },
		{ key: 'not-for-you', items: plan.notForYou },
	];
	const notices = plan.notices.map((n) => renderNotice(n, templates, name));

	useEffect(() => {
		headingRef.current?.focus();
	}, []);

	function copy() {
		const fallback = () => {
			linkRef.current?.focus();
			linkRef.current?.select();
			setCopyStatus(ui.copySelected);
		};
		const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
		if (!clipboard?.writeText) return fallback();
		clipboard.writeText(shareUrl).then(() => setCopyStatus(ui.copied), fallback);
	}

	return (
		<section className="quiz-plan" aria-labelledby="plan-heading">
			<h2 id="plan-heading" tabIndex={-1} ref={headingRef}>
				{ui.planHeading}
			</h2>
			<p className="plan-summary">
				{renderSummary(plan.summary, planItems(plan).length, templates)} <span className="no-print">{ui.stepsNote}</span>
			</p>
			{notices.length > 0 && (
				<Notice title={ui.readFirst} tone="warning">
					<ul>
						{notices.map((text, i) => (
							<li key={i}>{text}</li>
						))}
					</ul>
				</Notice>
			)}
			{groups
				.filter((g) => g.items.length > 0)
				.map((group) => {
					const words: { title: string; intro?: string } = ui.groups[group.key];
					return (
						<section
							key={group.key}
							className={`plan-group plan-group-${group.key}`}
							data-plan-group={group.key}
							aria-labelledby={`plan-${group.key}`}
						>
							<h3 id={`plan-${group.key}`}>{words.title}</h3>
							{words.intro && <p className="plan-group-intro">{words.intro}</p>}
							<ol className="plan-list">
								{group.items.map((item) => {
									const setting = settings.get(item.settingId);
									return setting ? (
										<PlanItemCard
											key={item.settingId}
											item={item}
											setting={setting}
											ui={ui}
											templates={templates}
											name={name}
											done={ticked.includes(item.settingId)}
											onDoneChange={(done) => onTick(item.settingId, done)}
											foldSteps={group.key === 'not-for-you'}
										/>
									) : null;
								})}
							</ol>
						</section>
					);
				})}
			{plan.more > 0 && (
				<p className="plan-more">
					{fill(pickPlural(ui.more, plan.more, templates.locale), { count: plan.more })} <a href={settingsHref}>{ui.moreLink}</a>
				</p>
			)}

			<section className="plan-actions no-print" aria-labelledby="plan-keep">
				<h3 id="plan-keep">{ui.keepHeading}</h3>
				<p>
					<button type="button" onClick={() => window.print()}>
						{ui.print}
					</button>
				</p>
				<label htmlFor="plan-link">{ui.linkLabel}</label>
				<p className="plan-link-row">
					<input id="plan-link" ref={linkRef} type="text" readOnly value={shareUrl} aria-describedby="plan-link-note" />
					<button type="button" className="secondary" onClick={copy}>
						{ui.copyLink}
					</button>
				</p>
				<p id="plan-link-note" className="quiz-help">
					{ui.linkNote}
				</p>
				<p className="quiz-status" role="status">
					{copyStatus}
				</p>
				<div className="quiz-nav">
					<button type="button" className="secondary" onClick={onChangeAnswers}>
						{ui.changeAnswers}
					</button>
					<button type="button" className="secondary" onClick={onRestart}>
						{ui.restart}
					</button>
					<button type="button" className="secondary" onClick={onForget}>
						{ui.forget}
					</button>
				</div>
			</section>
		</section>
	);
}
