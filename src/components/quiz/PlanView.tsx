import { useRef, useState, type Ref } from 'react';
import type { Plan, PlanItem } from '../../lib/quiz/types';
import type { IslandItem } from '../../lib/settings-display';
import Notice from './Notice';
import PlanItemCard from './PlanItemCard';

interface Props {
	plan: Plan;
	settings: Map<string, IslandItem>;
	ticked: string[];
	shareUrl: string;
	headingRef: Ref<HTMLHeadingElement>;
	onTick: (id: string, done: boolean) => void;
	onChangeAnswers: () => void;
	onRestart: () => void;
	onForget: () => void;
}

interface Group {
	key: string;
	title: string;
	intro?: string;
	items: PlanItem[];
}

/** The reader's plan: notices first, then the groups, then print, share and start-again controls. */
export default function PlanView({ plan, settings, ticked, shareUrl, headingRef, onTick, onChangeAnswers, onRestart, onForget }: Props) {
	const linkRef = useRef<HTMLInputElement>(null);
	const [copyStatus, setCopyStatus] = useState('');
	const groups: Group[] = [
		{ key: 'first', title: 'Do this first', items: plan.doFirst ? [plan.doFirst] : [] },
		{ key: 'recommended', title: 'Recommended', items: plan.recommended },
		{ key: 'consider', title: 'Worth considering', intro: 'Maybes: read the reason and the trade-off.', items: plan.consider },
		{
			key: 'not-for-you',
			title: 'Probably not for you',
			intro: 'These exist for you, but they would cost you something you said you value.',
			items: plan.notForYou,
		},
	];
	const count = groups.slice(0, 3).reduce((n, g) => n + g.items.length, 0);

	function copy() {
		const fallback = () => {
			linkRef.current?.focus();
			linkRef.current?.select();
			setCopyStatus('The link is selected: copy it from your browser.');
		};
		const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
		if (!clipboard?.writeText) return fallback();
		clipboard.writeText(shareUrl).then(() => setCopyStatus('Link copied.'), fallback);
	}

	return (
		<section className="quiz-plan" aria-labelledby="plan-heading">
			<h2 id="plan-heading" tabIndex={-1} ref={headingRef}>
				Your plan
			</h2>
			<p className="plan-summary">
				{count === 0
					? 'Nothing in the catalogue is a clear fit for your answers.'
					: `${count} ${count === 1 ? 'step' : 'steps'} for you, most useful first. Tick each one off as you go.`}{' '}
				<span className="no-print">Steps are as our sources describe them; Meta changes its menus often.</span>
			</p>
			{plan.notices.length > 0 && (
				<Notice title="Read this first" tone="warning">
					<ul>
						{plan.notices.map((text, i) => (
							<li key={i}>{text}</li>
						))}
					</ul>
				</Notice>
			)}
			{groups
				.filter((g) => g.items.length > 0)
				.map((group) => (
					<section key={group.key} className={`plan-group plan-group-${group.key}`} aria-labelledby={`plan-${group.key}`}>
						<h3 id={`plan-${group.key}`}>{group.title}</h3>
						{group.intro && <p className="plan-group-intro">{group.intro}</p>}
						<ol className="plan-list">
							{group.items.map((item) => {
								const setting = settings.get(item.settingId);
								return setting ? (
									<PlanItemCard
										key={item.settingId}
										item={item}
										setting={setting}
										done={ticked.includes(item.settingId)}
										onDoneChange={(done) => onTick(item.settingId, done)}
										foldSteps={group.key === 'not-for-you'}
									/>
								) : null;
							})}
						</ol>
					</section>
				))}

			<section className="plan-actions no-print" aria-labelledby="plan-keep">
				<h3 id="plan-keep">Keep or share your plan</h3>
				<p>
					<button type="button" onClick={() => window.print()}>
						Print checklist
					</button>
				</p>
				<label htmlFor="plan-link">Link to this plan</label>
				<p className="plan-link-row">
					<input id="plan-link" ref={linkRef} type="text" readOnly value={shareUrl} aria-describedby="plan-link-note" />
					<button type="button" className="secondary" onClick={copy}>
						Copy link
					</button>
				</p>
				<p id="plan-link-note" className="quiz-help">
					The link holds your answers: anyone who opens it sees this plan. Nothing is sent to us.
				</p>
				<p className="quiz-status" role="status">
					{copyStatus}
				</p>
				<div className="quiz-nav">
					<button type="button" className="secondary" onClick={onChangeAnswers}>
						Change my answers
					</button>
					<button type="button" className="secondary" onClick={onRestart}>
						Restart the quiz
					</button>
					<button type="button" className="secondary" onClick={onForget}>
						Forget my answers
					</button>
				</div>
			</section>
		</section>
	);
}
