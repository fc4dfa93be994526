/**
 * The quiz's rules, checked over EVERY complete answer combination (about two million) against the
 * real catalogue. One pass builds every plan and records the first few violations of each rule, so
 * a failure names an answer set to reproduce. The distribution of plan lengths and first items is
 * printed for the closing note of the issue.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readAnswers } from '../../src/lib/quiz/answers';
import { loadCatalogue } from '../../src/lib/quiz/load-catalogue';
import { buildPlan, formRegions, isAvailable, isObjectionForm, planItems } from '../../src/lib/quiz/plan';
import { REGIONAL_FACTS } from '../../src/lib/quiz/regional-facts';
import { renderNotice, renderReason } from '../../src/lib/quiz/render';
import { COST_ASPECT, LEVERS, WORRY_PROTECTION, isAutomatic } from '../../src/lib/quiz/rules';
import { QUIZ_TEMPLATES_EN } from '../../src/lib/quiz/templates/en';
import type { Answers, Plan } from '../../src/lib/quiz/types';
import { allAnswerSets, expectedCount } from './combinations';

const catalogue = loadCatalogue();
const byId = new Map(catalogue.map((item) => [item.id, item]));
const FORM_REGIONS = formRegions(catalogue);
const TEEN_FACTS = REGIONAL_FACTS.filter((f) => f.who.includes('teen')).map((f) => f.id);

type Check = (answers: Answers, plan: Plan) => boolean;

const checks: Record<string, Check> = {
	'nothing unavailable in the region or to the age appears in any group': (answers, plan) => {
		const r = readAnswers(answers);
		return [...planItems(plan), ...plan.notForYou].every((p) => isAvailable(byId.get(p.settingId)!, r.region, r.age));
	},
	'no item appears twice, and nothing folded into an item also appears': (_, plan) => {
		const ids = [...planItems(plan), ...plan.notForYou].flatMap((p) => [p.settingId, ...p.folded]);
		return new Set(ids).size === ids.length;
	},
	'one first step, at most three recommended and three worth considering': (_, plan) =>
		plan.recommended.length <= 3 && plan.consider.length <= 3,
	'EU/EEA, UK (and any region with a form) adults worried about their posts get the form first, unless they objected': (answers, plan) => {
		const r = readAnswers(answers);
		if (r.who !== 'adult' || !r.region || !FORM_REGIONS.includes(r.region) || !r.worries.includes('ai-posts')) return true;
		if (r.objected === 'already' || r.objected === 'undo') return true;
		const first = plan.doFirst && byId.get(plan.doFirst.settingId);
		return !!first && isObjectionForm(first);
	},
	'someone who objected, or wants to undo it, is not asked to object': (answers, plan) => {
		const r = readAnswers(answers);
		if (r.objected !== 'already' && r.objected !== 'undo') return true;
		return ![...planItems(plan), ...plan.notForYou].some((p) => isObjectionForm(byId.get(p.settingId)!));
	},
	'every step protects something the reader worries about, or is the lever a rule names for one of their worries': (answers, plan) => {
		const r = readAnswers(answers);
		if (r.worries.length === 0) return true;
		return [...planItems(plan), ...plan.notForYou].every(
			(p) =>
				p.protects.some((x) => r.worries.some((w) => WORRY_PROTECTION[w] === x)) ||
				LEVERS.some(
					(rule) =>
						r.worries.includes(rule.worry) &&
						(!rule.regions || rule.regions.includes(r.region!)) &&
						(!rule.who || rule.who.includes(r.who!)) &&
						(!rule.kind || byId.get(p.settingId)!.kind === rule.kind) &&
						p.protects.includes(rule.protects),
				),
		);
	},
	'nothing in the plan costs what the reader values a lot, or money they would not pay (automatic items aside)': (answers, plan) => {
		const r = readAnswers(answers);
		return planItems(plan).every((p) => {
			const item = byId.get(p.settingId)!;
			if (isAutomatic(item)) return true;
			if (item.paid && r.payAnswer !== 'yes') return false;
			return !item.costs.some((c) => {
				const aspect = COST_ASPECT[c];
				return aspect !== undefined && r.values[aspect] === 'a-lot';
			});
		});
	},
	'Teen Account protections are never "not for you"': (_, plan) => plan.notForYou.every((p) => !isAutomatic(byId.get(p.settingId)!)),
	'teens and parents are told what Meta leaves out for under-18s where they live': (answers, plan) => {
		const r = readAnswers(answers);
		if (r.age !== 'teen' || !r.region) return true;
		return plan.notices.some((n) => n.code === 'fact' && TEEN_FACTS.includes(n.fact!));
	},
	'parents get the parent view': (answers, plan) =>
		readAnswers(answers).who !== 'parent' || plan.notices.some((n) => n.fact === 'parent-view'),
	'a reader with no worries gets a short answer that is not empty': (answers, plan) => {
		if (readAnswers(answers).worries.length > 0) return true;
		const n = planItems(plan).length;
		return plan.summary === 'no-worries' && n >= 1 && n <= 2 && plan.notForYou.length === 0;
	},
	'a reader with worries gets a plan, or a summary saying why not': (answers, plan) => {
		if (readAnswers(answers).worries.length === 0) return true;
		return (plan.summary === 'plan') === planItems(plan).length > 0 && (plan.summary !== 'all-ruled-out' || plan.notForYou.length > 0);
	},
	'no notice points to an item the plan ruled out, and "instead" items are in the plan': (_, plan) => {
		const inPlan = new Set(planItems(plan).map((p) => p.settingId));
		return plan.notices.every((n) => (n.items ?? []).every((id) => inPlan.has(id)));
	},
	'the no-form notices reach only adults worried about their posts, where there is no form': (answers, plan) => {
		const r = readAnswers(answers);
		return plan.notices
			.filter((n) => n.code === 'no-form' || n.code === 'no-form-reach')
			.every(() => r.who === 'adult' && r.worries.includes('ai-posts') && !!r.region && !FORM_REGIONS.includes(r.region));
	},
	'"no form, and non-public posts cost reach" only when reach matters a lot and nothing else is offered': (answers, plan) => {
		const r = readAnswers(answers);
		return plan.notices
			.filter((n) => n.code === 'no-form-reach')
			.every(() => r.values.reach === 'a-lot' && !planItems(plan).some((p) => p.protects.includes('ai-training')));
	},
	'the "objecting covers future use only" notice appears exactly when the form is in the plan': (_, plan) =>
		plan.notices.some((n) => n.code === 'form-future-only') === planItems(plan).some((p) => isObjectionForm(byId.get(p.settingId)!)),
	'each regional fact appears only for its regions, readers and worries': (answers, plan) => {
		const r = readAnswers(answers);
		return plan.notices
			.filter((n) => n.code === 'fact')
			.every((n) => {
				const fact = REGIONAL_FACTS.find((f) => f.id === n.fact)!;
				return (
					fact.regions.includes(r.region!) &&
					fact.who.includes(r.who!) &&
					(!fact.worries || fact.worries.some((w) => r.worries.includes(w)))
				);
			});
	},
};

const violations = new Map<string, Answers[]>(Object.keys(checks).map((k) => [k, []]));
const lengths = new Map<number, number>();
const firsts = new Map<string, number>();
const reasonShapes = new Set<string>();
const noticeShapes = new Set<string>();
let combinations = 0;

beforeAll(() => {
	for (const answers of allAnswerSets()) {
		const plan = buildPlan(answers, catalogue);
		combinations++;
		for (const [name, check] of Object.entries(checks)) {
			const found = violations.get(name)!;
			if (found.length < 3 && !check(answers, plan)) found.push(answers);
		}
		const n = planItems(plan).length;
		lengths.set(n, (lengths.get(n) ?? 0) + 1);
		const first = plan.doFirst?.settingId ?? '(none)';
		firsts.set(first, (firsts.get(first) ?? 0) + 1);
		for (const p of [...planItems(plan), ...plan.notForYou]) for (const r of p.reasons) reasonShapes.add(JSON.stringify(r));
		for (const notice of plan.notices) noticeShapes.add(JSON.stringify(notice));
	}
	const sorted = (m: Map<string | number, number>) =>
		Object.fromEntries([...m].sort((a, b) => (typeof a[0] === 'number' ? Number(a[0]) - Number(b[0]) : b[1] - a[1])));
	console.log(JSON.stringify({ combinations, planLengths: sorted(lengths), firstItems: sorted(firsts) }, null, 1));
}, 900_000);

describe(`the quiz rules over every answer combination`, () => {
	it('every combination was checked', () => {
		expect(combinations).toBe(expectedCount());
	});
	it.each(Object.keys(checks))('%s', (name) => {
		expect(violations.get(name), 'answer sets that break it').toEqual([]);
	});
	it('every reason and notice any plan gives renders as a whole English sentence', () => {
		const name = (id: string) => byId.get(id)?.name ?? `MISSING ${id}`;
		const rendered = [
			...[...reasonShapes].map((s) => renderReason(JSON.parse(s), QUIZ_TEMPLATES_EN, name)),
			...[...noticeShapes].map((s) => renderNotice(JSON.parse(s), QUIZ_TEMPLATES_EN, name)),
		];
		const bad = rendered.filter((text) => text.length < 20 || /[{}]|MISSING|undefined|\s\s/.test(text) || !/[.!]$/.test(text));
		expect(bad).toEqual([]);
	});
});
