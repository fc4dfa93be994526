/**
 * Readers described in plain words, run through the rules with the REAL catalogue in
 * content/settings. Each says what the reader must get and must not get.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../src/lib/quiz/load-catalogue';
import { buildPlan, isObjectionForm, planItems } from '../../../src/lib/quiz/plan';
import { renderNotice, renderReason } from '../../../src/lib/quiz/render';
import { isAutomatic } from '../../../src/lib/quiz/rules';
import { decodeAnswers } from '../../../src/lib/quiz/share-link';
import { QUIZ_TEMPLATES_EN } from '../../../src/lib/quiz/templates/en';
import type { Answers, Plan } from '../../../src/lib/quiz/types';

const catalogue = loadCatalogue();
const byId = new Map(catalogue.map((i) => [i.id, i]));
const item = (id: string) => byId.get(id)!;
const ids = (items: { settingId: string }[]) => items.map((i) => i.settingId);
const shown = (plan: Plan) => ids(planItems(plan));
const everywhere = (plan: Plan) => [...shown(plan), ...ids(plan.notForYou)];
const first = (plan: Plan) => (plan.doFirst ? item(plan.doFirst.settingId) : null);
const noticeCodes = (plan: Plan) => plan.notices.map((n) => (n.code === 'fact' ? n.fact : n.code));
const words = (plan: Plan) =>
	[
		...plan.notices.map((n) => renderNotice(n, QUIZ_TEMPLATES_EN, (id) => item(id).name)),
		...[...planItems(plan), ...plan.notForYou].flatMap((p) =>
			p.reasons.map((r) => renderReason(r, QUIZ_TEMPLATES_EN, (id) => item(id).name)),
		),
	].join(' ');
const costs = (plan: Plan, cost: string) =>
	planItems(plan).filter((p) => p.costs.includes(cost as never) && !isAutomatic(item(p.settingId)));

const middling = { feed: 'a-little', explore: 'a-little', ads: 'a-little', ai: 'a-little', reach: 'a-little' };

describe('An adult in Germany worried about their posts, their chats and ads, who never uses Meta AI', () => {
	const plan = buildPlan(
		{
			region: 'eu-eea',
			age: 'adult',
			account: 'personal',
			worries: ['ai-posts', 'ai-chats', 'ad-profiling'],
			objected: 'not-yet',
			...middling,
			ai: 'not-at-all',
			pay: 'no',
		},
		catalogue,
	);
	it('gets the objection form first, whatever else they ticked', () => {
		expect(first(plan) && isObjectionForm(first(plan)!)).toBe(true);
	});
	it('gets one piece of advice about Meta AI chats, not two', () => {
		expect(shown(plan).filter((id) => item(id).kind === 'habit' && item(id).protects.includes('ai-chat-data'))).toHaveLength(1);
	});
	it("is told objecting covers future use only, and what Meta's EU texts say about chats", () => {
		expect(noticeCodes(plan)).toEqual(expect.arrayContaining(['form-future-only', 'eu-chats']));
		expect(noticeCodes(plan)).not.toContain('no-form');
	});
	it('gets a short plan, and no paid subscription in it', () => {
		expect(shown(plan).length).toBeLessThanOrEqual(7);
		expect(planItems(plan).some((p) => item(p.settingId).paid)).toBe(false);
	});
});

describe('An adult in France worried only about their chats with Meta AI', () => {
	const plan = buildPlan(
		{ region: 'eu-eea', age: 'adult', account: 'personal', worries: ['ai-chats'], objected: 'not-yet', ...middling },
		catalogue,
	);
	it("gets the objection form first, since Meta's EU notice says chats are used unless you object", () => {
		expect(first(plan) && isObjectionForm(first(plan)!)).toBe(true);
		expect(noticeCodes(plan)).toContain('eu-chats');
	});
});

describe('A reader in India worried only about what they say to Meta AI', () => {
	const plan = buildPlan(
		{ region: 'elsewhere', age: 'adult', account: 'personal', worries: ['ai-chats'], objected: 'not-yet', ...middling },
		catalogue,
	);
	it('gets not using or limiting Meta AI first', () => {
		expect(first(plan)?.kind).toBe('habit');
		expect(first(plan)?.protects).toContain('ai-chat-data');
	});
	it('is told chats are reported to choose content and ads there, and nothing about a form they never asked about', () => {
		expect(noticeCodes(plan)).toContain('chats-used-for-ads');
		expect(noticeCodes(plan)).not.toContain('no-form');
		expect(everywhere(plan).some((id) => isObjectionForm(item(id)))).toBe(false);
	});
	it('is not told to make their account private', () => {
		expect(everywhere(plan)).not.toContain('private-account');
	});
});

describe('A parent in the UK answering for their 15-year-old, worried about posts and chats', () => {
	const plan = buildPlan(
		{ region: 'uk', age: 'parent', account: 'personal', worries: ['ai-posts', 'ai-chats'], ...middling, reach: 'a-lot' },
		catalogue,
	);
	it('gets a plan for the teen account: no objection form, which is for adults', () => {
		expect(everywhere(plan).some((id) => item(id).ages.every((a) => a === 'adult'))).toBe(false);
	});
	it('sees Teen Account protections as automatic, never as "not for you"', () => {
		const teen = planItems(plan).find((p) => isAutomatic(item(p.settingId)));
		expect(teen?.reasons[0]?.code).toBe('automatic');
		expect(plan.notForYou.some((p) => isAutomatic(item(p.settingId)))).toBe(false);
	});
	it('is told what a parent can and cannot see, and what is known about teens in the UK', () => {
		expect(noticeCodes(plan)).toEqual(expect.arrayContaining(['parent-view', 'uk-teens']));
		expect(words(plan)).toMatch(/topics .* not the messages/);
	});
});

describe('A small business in Brazil worried about its posts and its ads, for which reach matters a lot', () => {
	const answers: Answers = {
		region: 'brazil',
		age: 'adult',
		account: 'business',
		worries: ['ai-posts', 'ad-profiling'],
		objected: 'not-yet',
		...middling,
		reach: 'a-lot',
	};
	it('is never told to go private or hide from search engines', () => {
		const plan = buildPlan(answers, catalogue);
		expect(costs(plan, 'reach')).toEqual([]);
		expect(ids(plan.notForYou)).toContain('private-account');
	});
	it('gets the Brazilian objection form first (reported, facts-2026 E12), and no "no form" notice', () => {
		const plan = buildPlan(answers, catalogue);
		expect(first(plan) && isObjectionForm(first(plan)!)).toBe(true);
		expect(first(plan)?.regions).toContain('brazil');
		expect(noticeCodes(plan)).not.toContain('no-form');
	});
});

describe('A creator in the United States who needs reach and worries about AI training on their posts', () => {
	const plan = buildPlan(
		{
			region: 'us',
			age: 'adult',
			account: 'creator',
			worries: ['ai-posts', 'public-posts'],
			objected: 'not-yet',
			...middling,
			reach: 'a-lot',
		},
		catalogue,
	);
	it('gets nothing that costs reach', () => {
		expect(costs(plan, 'reach')).toEqual([]);
	});
	it('is told plainly there is no form, and what non-public posts would cost', () => {
		expect(noticeCodes(plan)).toContain('no-form-reach');
		expect(words(plan)).toMatch(/no form where you live/);
	});
	it('finds the private account under "not for you", with the reason', () => {
		expect(plan.notForYou.find((p) => p.settingId === 'private-account')?.reasons[0]).toEqual({
			code: 'ruled-out-cost',
			aspects: ['reach'],
		});
	});
});

describe('Someone in the UK who already objected', () => {
	const plan = buildPlan(
		{ region: 'uk', age: 'adult', account: 'personal', worries: ['ai-posts'], objected: 'already', ...middling, pay: 'no' },
		catalogue,
	);
	it('is not asked to object again, and is told what their objection covers', () => {
		expect(everywhere(plan).some((id) => isObjectionForm(item(id)))).toBe(false);
		expect(noticeCodes(plan)).toContain('already-objected');
		expect(noticeCodes(plan)).not.toContain('form-future-only');
	});
	it('still gets a first step for their posts', () => {
		expect(first(plan)?.protects).toContain('ai-training');
	});
});

describe('Someone in Italy who wants to undo their objection', () => {
	const plan = buildPlan(
		{ region: 'eu-eea', age: 'adult', account: 'personal', worries: ['ai-posts'], objected: 'undo', ...middling, pay: 'no' },
		catalogue,
	);
	it('is told no way to withdraw is documented, and not sent to the form', () => {
		expect(noticeCodes(plan)).toContain('undo-undocumented');
		expect(everywhere(plan).some((id) => isObjectionForm(item(id)))).toBe(false);
		expect(words(plan)).toMatch(/no Meta page/);
	});
});

describe('A 16-year-old in Spain worried about their posts and chats', () => {
	const plan = buildPlan({ region: 'eu-eea', age: 'teen', account: 'personal', worries: ['ai-posts', 'ai-chats'], ...middling }, catalogue);
	it("is told Meta leaves out teens' public posts in the EU, but not their chats", () => {
		expect(noticeCodes(plan)).toContain('eu-teens');
		expect(words(plan)).toMatch(/under-18s .* chats with Meta AI/);
	});
	it('gets a first step about chats, and Teen Account protections as automatic', () => {
		expect(first(plan)?.protects).toContain('ai-chat-data');
		expect(planItems(plan).some((p) => p.reasons.some((r) => r.code === 'automatic'))).toBe(true);
	});
});

describe('An adult in Australia worried about their posts, for whom reach does not matter', () => {
	const plan = buildPlan(
		{
			region: 'australia',
			age: 'adult',
			account: 'personal',
			worries: ['ai-posts'],
			objected: 'not-yet',
			...middling,
			reach: 'not-at-all',
		},
		catalogue,
	);
	it('gets non-public posts first, named in the notice as what the plan offers instead of a form', () => {
		expect(plan.doFirst?.settingId).toBe('private-account');
		expect(plan.notices.find((n) => n.code === 'no-form')?.items).toEqual(['private-account']);
		expect(noticeCodes(plan)).toContain('australia-no-opt-out');
	});
});

describe('Someone in the United States with no worries', () => {
	const plan = buildPlan({ region: 'us', age: 'adult', account: 'personal', worries: [], ...middling }, catalogue);
	it('gets a short friendly answer and the one thing worth knowing', () => {
		expect(plan.summary).toBe('no-worries');
		expect(shown(plan)).toEqual(['download-your-information']);
		expect(plan.notForYou).toEqual([]);
	});
	it('gets no warnings that bear on nothing they said', () => {
		expect(plan.notices).toEqual([]);
	});
});

describe('Someone opening a link made by the first version of the quiz', () => {
	it('gets a plan, with the old AI-training worry read as posts and chats', () => {
		const decoded = decodeAnswers(
			'#v=1&region=eu-eea&age=adult&account=personal&worries=ai-training,tracking&feed=a-lot&explore=a-little&ads=a-little&ai=a-little&reach=a-little&pay=no',
		);
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(decoded.answers.worries).toEqual(['ai-posts', 'ai-chats', 'tracking']);
		const plan = buildPlan(decoded.answers, catalogue);
		expect(first(plan) && isObjectionForm(first(plan)!)).toBe(true);
	});
});
