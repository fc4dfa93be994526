/**
 * The plan screen: builds the plan from the answers and renders its codes as sentences in the
 * page's language. Loaded on demand (QuizIsland lazy-loads this module), so the rules, notices and
 * rendering only reach readers who get to their plan.
 */
import { useMemo } from 'react';
import { buildPlan } from '../../lib/quiz/plan';
import type { QuizTemplates } from '../../lib/quiz/render';
import type { Answers } from '../../lib/quiz/types';
import type { IslandItem } from '../../lib/settings-display';
import PlanView from './PlanView';
import type { QuizUiText } from './ui-text';

export interface PlanScreenProps {
	/** The settings list in the page's language. */
	settingsHref: string;
	answers: Answers;
	catalogue: IslandItem[];
	ui: QuizUiText;
	templates: QuizTemplates;
	ticked: string[];
	shareUrl: string;
	onTick: (id: string, done: boolean) => void;
	onChangeAnswers: () => void;
	onRestart: () => void;
	onForget: () => void;
}

export default function PlanScreen({ answers, catalogue, ...rest }: PlanScreenProps) {
	const settings = useMemo(() => new Map(catalogue.map((item) => [item.id, item])), [catalogue]);
	const plan = useMemo(() => buildPlan(answers, catalogue), [answers, catalogue]);
	return <PlanView plan={plan} settings={settings} {...rest} />;
}
