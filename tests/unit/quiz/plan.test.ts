/**
 * The plan rules on small hand-made catalogues, so each test shows one rule at work. The same rules
 * over every answer combination and the real catalogue are in tests/exhaustive/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateV1Answers, validateAnswers, visibleQuestions } from '../../../src/lib/quiz/answers';
import { buildPlan, planItems } from '../../../src/lib/quiz/plan';
import { QUESTIONS } from '../../../src/lib/quiz/question-text';
import type { Answers, CatalogueItem, Plan } from '../../../src/lib/quiz/types';
import { AGES, REGIONS } from '../../../src/lib/vocabulary';

function item(id: string, overrides: Partial<CatalogueItem> = {}): CatalogueItem {
	return {
		id,
		name: `Setting ${id}`,
		kind: 'setting',
		summary: 'A setting used only in these tests, described in a sentence.',
		steps: ['Open the app.'],
		regions: [...REGIONS],
		ages: [...AGES],
		protects: ['ai-training'],
		costs: [],
		costNote: 'No cost.',
		effortMinutes: 2,
		reversible: true,
		reversibleHow: 'Turn it back on.',
		certainty: 'documented',
		paid: false,
		lastVerified: '2026-11-28',
		sources: ['dpc-2025-05-statement-meta-ai'],
		...overrides,
	};
}

const adult: Answers = {
	region: 'us',
	age: 'adult',
	account: 'personal',
	worries: ['ai-posts'],
	objected: 'not-yet',
	feed: 'a-little',
	explore: 'a-little',
	ads: 'a-little',
	ai: 'a-little',
	reach: 'a-little',
};

const { objected: _objected, ...withoutObjected } = adult;
const ids = (items: { settingId: string }[]) => items.map((i) => i.settingId);
const codes = (plan: Plan) => plan.notices.map((n) => n.code);
const form = item('the-form', { kind: 'form', regions: ['eu-eea', 'uk'], ages: ['adult'], certainty: 'documented' });
const privacy = item('private', { costs: ['reach'], protects: ['ai-training', 'public-exposure'], certainty: 'reported' });
const chats = item('no-chats', { kind: 'habit', protects: ['ai-chat-data', 'ad-profiling'], costs: ['ai-features'] });
const limitChats = item('limit-chats', { kind: 'habit', protects: ['ai-chat-data'] });

describe('validateAnswers', () => {
	it('keeps a clean answer set as it is and reports that nothing was dropped', () => {
		expect(validateAnswers(adult)).toEqual({ answers: adult, dropped: false });
	});
	it('drops a question, an option or a worry the quiz does not have, and says so', () => {
		expect(validateAnswers({ ...adult, colour: 'blue' }).dropped).toBe(true);
		expect(validateAnswers({ ...adult, region: 'atlantis' }).answers.region).toBeUndefined();
		expect(validateAnswers({ ...adult, worries: ['ai-posts', 'ghosts'] }).answers.worries).toEqual(['ai-posts']);
	});
	it('drops an answer to a follow-up that is not shown for these answers', () => {
		const teen = validateAnswers({ ...adult, age: 'teen', pay: 'yes' });
		expect(teen.answers.objected).toBeUndefined();
		expect(teen.answers.pay).toBeUndefined();
		expect(teen.dropped).toBe(true);
	});
	it('never throws, whatever it is given', () => {
		fc.assert(fc.property(fc.anything(), (value) => typeof validateAnswers(value).dropped === 'boolean'));
	});
});

describe('visibleQuestions', () => {
	it('asks "have you objected?" only of adults worried about AI training on their posts or chats', () => {
		const shown = (a: Answers) =>
			visibleQuestions(a)
				.map((q) => q.id)
				.includes('objected');
		expect(shown({ age: 'adult', worries: ['ai-chats'] })).toBe(true);
		expect(shown({ age: 'adult', worries: ['ad-profiling'] })).toBe(false);
		expect(shown({ age: 'parent', worries: ['ai-posts'] })).toBe(false);
	});
	it('asks about paying only of adults in the EU/EEA and the UK', () => {
		expect(visibleQuestions({ region: 'uk', age: 'adult' }).map((q) => q.id)).toContain('pay');
		expect(visibleQuestions({ region: 'us', age: 'adult' }).map((q) => q.id)).not.toContain('pay');
	});
});

describe('migrateV1Answers', () => {
	it('turns the old single AI-training worry into the two new ones, keeping the rest', () => {
		expect(migrateV1Answers({ region: 'uk', worries: ['ai-training', 'tracking'] })).toEqual({
			region: 'uk',
			worries: ['ai-posts', 'ai-chats', 'tracking'],
		});
	});
});

describe('buildPlan', () => {
	it('puts the objection form first for an adult where it exists, however many other worries they tick', () => {
		const plan = buildPlan({ ...adult, region: 'uk', worries: ['ai-posts', 'ai-chats', 'ad-profiling'], ai: 'not-at-all' }, [
			chats,
			privacy,
			form,
			item('ads', { protects: ['ad-profiling'] }),
		]);
		expect(plan.doFirst?.settingId).toBe('the-form');
		expect(plan.doFirst?.reasons.map((r) => r.code)).toContain('formal-right');
		expect(codes(plan)).toContain('form-future-only');
	});

	it('finds the form by what it is, not by its id', () => {
		const another = item('brazil-form', { kind: 'form', regions: ['brazil'], ages: ['adult'], certainty: 'reported' });
		const plan = buildPlan({ ...adult, region: 'brazil' }, [privacy, another]);
		expect(plan.doFirst?.settingId).toBe('brazil-form');
		expect(codes(plan)).not.toContain('no-form');
	});

	it('leaves the form out for someone who already objected, and says what that covers', () => {
		const plan = buildPlan({ ...adult, region: 'uk', objected: 'already' }, [form, privacy]);
		expect(ids(planItems(plan))).toEqual(['private']);
		expect(codes(plan)).toContain('already-objected');
	});

	it('tells someone who wants to undo an objection that no way to withdraw is documented', () => {
		const plan = buildPlan({ ...adult, region: 'uk', objected: 'undo' }, [form]);
		expect(ids(planItems(plan))).toEqual([]);
		expect(codes(plan)).toContain('undo-undocumented');
	});

	it('outside the form regions puts non-public posts first, and names them as what the plan offers instead', () => {
		const plan = buildPlan(adult, [form, chats, privacy]);
		expect(plan.doFirst?.settingId).toBe('private');
		expect(plan.notices.find((n) => n.code === 'no-form')).toMatchObject({ regions: ['eu-eea', 'uk'], items: ['private'] });
	});

	it('when reach matters a lot, says plainly there is no form and what non-public posts would cost', () => {
		const plan = buildPlan({ ...adult, reach: 'a-lot' }, [form, privacy]);
		expect(ids(plan.notForYou)).toEqual(['private']);
		expect(plan.notForYou[0]!.reasons[0]).toEqual({ code: 'ruled-out-cost', aspects: ['reach'] });
		expect(codes(plan)).toContain('no-form-reach');
	});

	it('for chats, puts not using or limiting Meta AI first, and folds the two habits into one', () => {
		const plan = buildPlan({ ...adult, worries: ['ai-chats'], ai: 'not-at-all' }, [
			limitChats,
			chats,
			item('x', { protects: ['ai-chat-data'], certainty: 'reported' }),
		]);
		expect(plan.doFirst?.settingId).toBe('no-chats');
		expect(plan.doFirst?.folded).toEqual(['limit-chats']);
		expect(ids(planItems(plan))).not.toContain('limit-chats');
	});

	it('keeps the limiting habit when not using Meta AI is ruled out', () => {
		const plan = buildPlan({ ...adult, worries: ['ai-chats'], ai: 'a-lot' }, [limitChats, chats]);
		expect(plan.doFirst?.settingId).toBe('limit-chats');
		expect(ids(plan.notForYou)).toEqual(['no-chats']);
	});

	it('shows nothing that protects none of the worries picked', () => {
		const plan = buildPlan(adult, [item('feed', { protects: ['recommendation-profiling'] }), privacy]);
		expect(ids([...planItems(plan), ...plan.notForYou])).toEqual(['private']);
	});

	it('keeps at most one first step, three recommended and three to consider', () => {
		const many = Array.from({ length: 12 }, (_, i) => item(`s${String(i).padStart(2, '0')}`));
		const plan = buildPlan(adult, many);
		expect([plan.doFirst ? 1 : 0, plan.recommended.length, plan.consider.length]).toEqual([1, 3, 3]);
		expect(plan.more).toBe(5);
	});

	it('never puts an item whose effect is unclear first or among the recommended', () => {
		const plan = buildPlan(adult, [item('unclear', { certainty: 'unclear' })]);
		expect(plan.doFirst).toBeNull();
		expect(ids(plan.consider)).toEqual(['unclear']);
	});

	it('offers a paid item only to a reader who would pay', () => {
		const paid = item('subscription', { paid: true, costs: ['money'], regions: ['uk'], ages: ['adult'], protects: ['ad-profiling'] });
		const answers = { ...adult, region: 'uk', worries: ['ad-profiling'] };
		expect(buildPlan({ ...answers, pay: 'no' }, [paid]).notForYou[0]!.reasons[0]).toEqual({ code: 'ruled-out-paid', said: 'no' });
		expect(buildPlan({ ...answers, pay: 'yes' }, [paid]).doFirst?.settingId).toBe('subscription');
	});

	it('shows Teen Account protections to teens as automatic, never as "not for you", and folds what they cover', () => {
		const teenDefaults = item('teen-defaults', {
			ages: ['teen'],
			costs: ['reach'],
			protects: ['public-exposure', 'ai-training'],
			certainty: 'reported',
		});
		const plan = buildPlan({ ...withoutObjected, age: 'teen', reach: 'a-lot' }, [teenDefaults, privacy]);
		expect(plan.notForYou).toEqual([]);
		const shown = planItems(plan).find((p) => p.settingId === 'teen-defaults');
		expect(shown?.reasons[0]).toEqual({ code: 'automatic' });
		expect(shown?.folded).toEqual(['private']);
	});

	it('gives a parent the plan for their teen, with the parent view', () => {
		const adultsOnly = item('adults-only', { ages: ['adult'] });
		const plan = buildPlan({ ...withoutObjected, age: 'parent' }, [adultsOnly, privacy]);
		expect(ids(planItems(plan))).toEqual(['private']);
		expect(plan.notices.map((n) => n.fact)).toContain('parent-view');
	});

	it('gives a reader with no worries a short friendly answer with the one thing worth knowing', () => {
		const download = item('download', { protects: ['your-information'] });
		const plan = buildPlan({ ...withoutObjected, worries: [] }, [privacy, download]);
		expect(plan.summary).toBe('no-worries');
		expect(ids(planItems(plan))).toEqual(['download']);
		expect(plan.consider[0]!.reasons).toEqual([{ code: 'worth-knowing' }]);
	});

	it('shows a reader who did not say where they live only items offered everywhere, and tells them so', () => {
		const { region: _omit, ...noRegion } = adult;
		const plan = buildPlan(noRegion, [item('everywhere'), item('eu-only', { regions: ['eu-eea'] })]);
		expect(ids(planItems(plan))).toEqual(['everywhere']);
		expect(codes(plan)).toContain('no-region');
	});

	it('explains an empty plan when the catalogue has nothing for the reader', () => {
		expect(buildPlan(adult, []).summary).toBe('nothing-available');
	});

	it('gives the same plan whatever order the catalogue is in', () => {
		const catalogue = [form, privacy, chats, limitChats, item('a'), item('b', { effortMinutes: 1 })];
		const answers = { ...adult, worries: ['ai-posts', 'ai-chats'] };
		expect(buildPlan(answers, [...catalogue].reverse())).toEqual(buildPlan(answers, catalogue));
	});
});

describe('The quiz logic', () => {
	it('imports nothing from React or Astro, so it runs anywhere', () => {
		const dir = new URL('../../../src/lib/quiz/', import.meta.url);
		const files = readdirSync(dir, { recursive: true })
			.map(String)
			// The one Node-only helper (it reads content/settings for tests and scripts).
			.filter((f) => f.endsWith('.ts') && f !== 'load-catalogue.ts');
		expect(files.length).toBeGreaterThan(8);
		for (const file of files) {
			const text = readFileSync(new URL(file, dir), 'utf8');
			for (const [, source] of text.matchAll(/from '([^']+)'/g)) expect(source, file).toMatch(/^\.\.?\//);
		}
	});
	it('asks every question it has words for', () => {
		expect(QUESTIONS.map((q) => q.id)).toEqual(visibleQuestions({ age: 'adult', region: 'uk', worries: ['ai-posts'] }).map((q) => q.id));
	});
});
