import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan, planItems, validateAnswers, visibleQuestions } from '../../../src/lib/quiz/engine';
import { QUESTIONS } from '../../../src/lib/quiz/question-text';
import type { Answers, CatalogueItem } from '../../../src/lib/quiz/types';
import { AGES, REGIONS } from '../../../src/lib/vocabulary';

const EVERYWHERE = REGIONS;

function item(id: string, overrides: Partial<CatalogueItem> = {}): CatalogueItem {
	return {
		id,
		name: `Setting ${id}`,
		kind: 'setting',
		summary: 'A setting used only in these tests, described in a sentence.',
		steps: ['Open the app.'],
		regions: [...EVERYWHERE],
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
	worries: ['ai-training'],
	feed: 'a-little',
	explore: 'a-little',
	ads: 'a-little',
	ai: 'a-little',
	reach: 'a-little',
};

const idsOf = (items: { settingId: string }[]) => items.map((i) => i.settingId);

describe('validateAnswers', () => {
	it('keeps a clean answer set as it is and reports that nothing was dropped', () => {
		expect(validateAnswers(adult, QUESTIONS)).toEqual({ answers: adult, dropped: false });
	});

	it('drops a question the quiz does not have and says so', () => {
		const result = validateAnswers({ ...adult, favouriteColour: 'blue' }, QUESTIONS);
		expect(result.answers).toEqual(adult);
		expect(result.dropped).toBe(true);
	});

	it('drops an option the question does not have and says so', () => {
		const result = validateAnswers({ ...adult, region: 'mars' }, QUESTIONS);
		expect(result.answers.region).toBeUndefined();
		expect(result.dropped).toBe(true);
	});

	it('drops unknown worries but keeps the known ones, in the order they are shown', () => {
		const result = validateAnswers({ worries: ['tracking', 'aliens', 'ai-training'] }, QUESTIONS);
		expect(result.answers.worries).toEqual(['ai-training', 'tracking']);
		expect(result.dropped).toBe(true);
	});

	it('drops an answer to the pay question when it is not shown for these answers', () => {
		const result = validateAnswers({ ...adult, pay: 'yes' }, QUESTIONS);
		expect(result.answers.pay).toBeUndefined();
		expect(result.dropped).toBe(true);
	});

	it('keeps an empty list of worries, which is a real answer', () => {
		expect(validateAnswers({ worries: [] }, QUESTIONS)).toEqual({ answers: { worries: [] }, dropped: false });
	});

	it('never throws, whatever it is given', () => {
		fc.assert(
			fc.property(fc.anything(), (value) => {
				const result = validateAnswers(value, QUESTIONS);
				return typeof result.dropped === 'boolean' && typeof result.answers === 'object';
			}),
			{ numRuns: 2_000 },
		);
	});
});

describe('visibleQuestions', () => {
	it('adds the pay question only once an adult in the UK or EU/EEA has said so', () => {
		expect(visibleQuestions({}).map((q) => q.id)).not.toContain('pay');
		expect(visibleQuestions({ region: 'uk', age: 'adult' }).map((q) => q.id)).toContain('pay');
	});
});

describe('buildPlan', () => {
	it('puts the single top item in doFirst and does not repeat it in recommended', () => {
		const plan = buildPlan(adult, [item('a'), item('b', { effortMinutes: 30 })]);
		expect(plan.doFirst?.settingId).toBe('a');
		expect(idsOf(plan.recommended)).toEqual(['b']);
	});

	it('breaks ties by effort and then by id, whatever order the catalogue is in', () => {
		const catalogue = [item('c'), item('a'), item('b'), item('quick', { effortMinutes: 1 })];
		const plan = buildPlan(adult, catalogue);
		expect(idsOf(planItems(plan))).toEqual(['quick', 'a', 'b', 'c']);
		expect(buildPlan(adult, [...catalogue].reverse())).toEqual(plan);
	});

	it('never recommends an item whose effect is unclear, even when it matches every worry', () => {
		const unclear = item('unclear', {
			certainty: 'unclear',
			protects: ['ai-training', 'ad-profiling', 'ai-chat-data'],
		});
		const plan = buildPlan({ ...adult, worries: ['ai-training', 'ad-profiling', 'ai-chats'] }, [unclear]);
		expect(plan.doFirst).toBeNull();
		expect(idsOf(plan.consider)).toEqual(['unclear']);
		expect(plan.consider[0]!.reason).toMatch(/Sources disagree/);
	});

	it('keeps a paid item out of the plan for a reader who would not pay, and says why', () => {
		const paid = item('subscription', {
			paid: true,
			costs: ['money'],
			regions: ['uk'],
			ages: ['adult'],
			protects: ['ad-profiling'],
		});
		const plan = buildPlan({ ...adult, region: 'uk', worries: ['ad-profiling'], pay: 'no' }, [paid]);
		expect(planItems(plan)).toEqual([]);
		expect(plan.notForYou[0]?.reason).toMatch(/you would not pay/);
	});

	it('offers a paid item to a reader who would pay', () => {
		const paid = item('subscription', {
			paid: true,
			costs: ['money'],
			regions: ['uk'],
			ages: ['adult'],
			protects: ['ad-profiling'],
		});
		const plan = buildPlan({ ...adult, region: 'uk', worries: ['ad-profiling'], pay: 'yes' }, [paid]);
		expect(plan.doFirst?.settingId).toBe('subscription');
	});

	it('leaves out an item that neither helps nor costs this reader', () => {
		const plan = buildPlan(adult, [item('ads-only', { protects: ['ad-profiling'] })]);
		expect([...planItems(plan), ...plan.notForYou]).toEqual([]);
	});

	it('puts an item that costs something the reader values a lot under notForYou, naming that cost', () => {
		const plan = buildPlan({ ...adult, reach: 'a-lot' }, [item('private', { costs: ['reach'] })]);
		expect(idsOf(plan.notForYou)).toEqual(['private']);
		expect(plan.notForYou[0]!.reason).toMatch(/^Because you said the reach of your posts matters a lot to you/);
	});

	it('names the trade-off when an item costs something the reader values a little', () => {
		const plan = buildPlan(adult, [item('private', { costs: ['reach'] })]);
		expect(planItems(plan)[0]!.reason).toMatch(/The trade-off: it affects the reach of your posts/);
	});

	it('builds the reason from the actual answers, including the region for a regional item', () => {
		const form = item('object-to-ai-training', { kind: 'form', regions: ['eu-eea', 'uk'], ages: ['adult'] });
		const plan = buildPlan({ ...adult, region: 'eu-eea' }, [form]);
		expect(plan.doFirst?.reason).toBe(
			'Because you said AI training on your posts worries you and you live in the EU/EEA.',
		);
	});

	it('shows a reader who did not say where they live only items offered everywhere, and tells them so', () => {
		const { region: _omit, ...noRegion } = adult;
		const plan = buildPlan(noRegion, [item('everywhere'), item('eu-only', { regions: ['eu-eea'] })]);
		expect(idsOf(planItems(plan))).toEqual(['everywhere']);
		expect(plan.notices.join(' ')).toMatch(/did not say where you live/);
	});

	it('ignores answers it does not know instead of failing', () => {
		const plan = buildPlan({ ...adult, region: 'atlantis', sneaky: ['x'] } as Answers, [item('a')]);
		expect(idsOf(planItems(plan))).toEqual(['a']);
	});

	it('explains an empty plan when the catalogue has nothing for the reader', () => {
		const plan = buildPlan(adult, []);
		expect(plan.doFirst).toBeNull();
		expect(plan.notices.join(' ')).toMatch(/Your plan is empty because/);
	});
});

describe('The engine module', () => {
	it('imports nothing from React or Astro, so it runs anywhere', () => {
		for (const file of ['engine.ts', 'questions.ts', 'question-text.ts', 'share-link.ts', 'saved-state.ts', 'types.ts']) {
			const text = readFileSync(new URL(`../../../src/lib/quiz/${file}`, import.meta.url), 'utf8');
			const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
			for (const source of imports) expect(source, file).toMatch(/^\.\.?\//);
		}
	});
});
