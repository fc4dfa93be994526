/**
 * Readers described in plain words, run through the engine with the REAL catalogue in
 * content/settings. Each test checks one thing the reader would notice in their plan.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan, planItems } from '../../../src/lib/quiz/engine';
import { loadCatalogue } from '../../../src/lib/quiz/load-catalogue';
import type { Answers, Plan } from '../../../src/lib/quiz/types';

const catalogue = loadCatalogue();

const ids = (items: { settingId: string }[]) => items.map((i) => i.settingId);
const inPlan = (plan: Plan) => ids(planItems(plan));
const everywhere = (plan: Plan) => [...inPlan(plan), ...ids(plan.notForYou)];
const doFirstAndRecommended = (plan: Plan) => ids([...(plan.doFirst ? [plan.doFirst] : []), ...plan.recommended]);

const middling = { feed: 'a-little', explore: 'a-little', ads: 'a-little', ai: 'a-little' };
const valuesEverything = { feed: 'a-lot', explore: 'a-lot', ads: 'a-lot', ai: 'a-lot', reach: 'a-lot' };

describe('An adult in Germany who worries about AI training and does not care about reach', () => {
	const answers: Answers = {
		region: 'eu-eea',
		age: 'adult',
		account: 'personal',
		worries: ['ai-training'],
		...middling,
		reach: 'not-at-all',
		pay: 'no',
	};
	const plan = buildPlan(answers, catalogue);

	it('gets the objection form first', () => {
		expect(plan.doFirst?.settingId).toBe('object-to-ai-training');
	});

	it('is told why in words built from their answers', () => {
		expect(plan.doFirst?.reason).toMatch(
			/^Because you said AI training on your posts worries you.* and you live in the EU\/EEA\./,
		);
	});

	it('is told that objecting does not undo training that already happened', () => {
		expect(plan.notices.join(' ')).toMatch(/future use only/);
	});

	it('also gets a private account suggested, since reach does not matter to them', () => {
		expect(inPlan(plan)).toContain('private-account');
	});
});

describe('Someone in the United States who worries about AI training', () => {
	const answers: Answers = {
		region: 'us',
		age: 'adult',
		account: 'personal',
		worries: ['ai-training'],
		...middling,
		reach: 'not-at-all',
	};
	const plan = buildPlan(answers, catalogue);

	it('is told plainly that there is no objection form where they live', () => {
		expect(plan.notices.join(' ')).toMatch(/there is no form where you live to object/);
	});

	it('gets a private account recommended instead', () => {
		expect(doFirstAndRecommended(plan)).toContain('private-account');
	});

	it('is never shown the objection form', () => {
		expect(everywhere(plan)).not.toContain('object-to-ai-training');
	});
});

describe('A 15-year-old', () => {
	const teen = (region: string): Answers => ({
		region,
		age: 'teen',
		account: 'personal',
		worries: ['ai-training', 'ad-profiling', 'tracking', 'ai-chats', 'public-posts'],
		feed: 'not-at-all',
		explore: 'not-at-all',
		ads: 'not-at-all',
		ai: 'not-at-all',
		reach: 'not-at-all',
		// A hand-made or old answer set could still carry this; it must not matter.
		pay: 'yes',
	});

	it('is never shown the ad-free subscription, in the EU or the UK', () => {
		expect(everywhere(buildPlan(teen('eu-eea'), catalogue))).not.toContain('ad-free-subscription');
		expect(everywhere(buildPlan(teen('uk'), catalogue))).not.toContain('ad-free-subscription');
	});

	it('is shown only settings offered to teens', () => {
		const teenIds = new Set(catalogue.filter((item) => item.ages.includes('teen')).map((item) => item.id));
		for (const id of everywhere(buildPlan(teen('eu-eea'), catalogue))) expect(teenIds).toContain(id);
	});
});

describe('A creator who worries about AI training but values reach a lot', () => {
	const answers: Answers = {
		region: 'us',
		age: 'adult',
		account: 'creator',
		worries: ['ai-training', 'public-posts'],
		...middling,
		reach: 'a-lot',
	};
	const plan = buildPlan(answers, catalogue);

	it('is not told to make their account private', () => {
		expect(inPlan(plan)).not.toContain('private-account');
	});

	it('sees the private account under "not for you", with reach as the reason', () => {
		const item = plan.notForYou.find((i) => i.settingId === 'private-account');
		expect(item?.reason).toMatch(/reach of your posts matters a lot to you/);
	});
});

describe('A UK adult who worries about ad profiling and would pay to avoid ads', () => {
	const answers: Answers = {
		region: 'uk',
		age: 'adult',
		account: 'personal',
		worries: ['ad-profiling'],
		feed: 'a-little',
		explore: 'a-little',
		ads: 'not-at-all',
		ai: 'a-little',
		reach: 'a-little',
		pay: 'yes',
	};

	it('gets the ad-free subscription recommended', () => {
		expect(doFirstAndRecommended(buildPlan(answers, catalogue))).toContain('ad-free-subscription');
	});

	it('does not get it in the plan after saying they would not pay', () => {
		const plan = buildPlan({ ...answers, pay: 'no' }, catalogue);
		expect(inPlan(plan)).not.toContain('ad-free-subscription');
	});

	it('is never offered the EU-only less personalized ads choice', () => {
		expect(everywhere(buildPlan(answers, catalogue))).not.toContain('less-personalised-ads');
	});
});

describe('An Australian who values everything Instagram personalizes', () => {
	const answers: Answers = {
		region: 'australia',
		age: 'adult',
		account: 'personal',
		worries: ['ai-training', 'tracking'],
		...valuesEverything,
	};
	const plan = buildPlan(answers, catalogue);

	it('is never asked to give up anything they value', () => {
		const valued = ['feed-personalisation', 'explore-reels', 'ad-relevance', 'ai-features', 'reach'];
		for (const item of planItems(plan)) {
			expect(
				item.costs.filter((c) => valued.includes(c)),
				item.settingId,
			).toEqual([]);
		}
	});

	it('is told there is no objection form in Australia', () => {
		expect(plan.notices.join(' ')).toMatch(/there is no form where you live to object/);
	});

	it('sees the settings that would cost them under "not for you"', () => {
		expect(ids(plan.notForYou)).toContain('private-account');
	});
});

describe('Someone in Brazil', () => {
	const plan = buildPlan(
		{ region: 'brazil', age: 'adult', account: 'personal', worries: ['ai-training'], ...middling, reach: 'a-little' },
		catalogue,
	);

	it('is told the 2024 notice-and-reject process was reported but no current form is documented', () => {
		const text = plan.notices.join(' ');
		expect(text).toMatch(/2024/);
		expect(text).toMatch(/reject/);
		expect(text).toMatch(/no current form/);
	});
});

describe('Someone with no worries who values everything', () => {
	const plan = buildPlan(
		{ region: 'elsewhere', age: 'adult', account: 'personal', worries: [], ...valuesEverything },
		catalogue,
	);

	it('gets an empty plan and a notice that says why it is empty', () => {
		expect(inPlan(plan)).toEqual([]);
		expect(plan.notices.join(' ')).toMatch(/Your plan is empty because/);
	});
});
