/**
 * Properties of the engine checked over EVERY complete answer combination, against the real
 * catalogue, plus random partial and malformed answers with fast-check.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	ALL_AGES,
	ALL_REGIONS,
	ASPECTS,
	COST_ASPECT,
	buildPlan,
	isAvailable,
	planItems,
} from '../../../src/lib/quiz/engine';
import { loadCatalogue } from '../../../src/lib/quiz/load-catalogue';
import { QUESTIONS } from '../../../src/lib/quiz/question-text';
import { VALUE_LEVELS, WORRIES, payQuestionApplies } from '../../../src/lib/quiz/questions';
import type { Answers, CatalogueItem, Plan, Region } from '../../../src/lib/quiz/types';

const catalogue = loadCatalogue();
const itemIndex = new Map(catalogue.map((item, i) => [item.id, i]));
const byId = new Map(catalogue.map((item) => [item.id, item]));

const ACCOUNTS = ['personal', 'creator', 'business'] as const;
/** Value levels from "values it least" to "values it most". */
const LEVELS_RISING = ['not-at-all', 'a-little', 'a-lot'] as const;
const PAY = [null, 'yes', 'no'] as const;
const WORRY_MASKS = 1 << WORRIES.length;

// Mixed-radix slots: region, age, account, worries (bit mask), five value aspects, pay.
const DIMS = [ALL_REGIONS.length, ALL_AGES.length, ACCOUNTS.length, WORRY_MASKS, 3, 3, 3, 3, 3, PAY.length];
const STRIDES = DIMS.map((_, i) => DIMS.slice(i + 1).reduce((a, b) => a * b, 1));
const SLOTS = DIMS.reduce((a, b) => a * b, 1);
type Coords = number[];

function answersAt(c: Coords): Answers {
	const answers: Answers = {
		region: ALL_REGIONS[c[0]!]!,
		age: ALL_AGES[c[1]!]!,
		account: ACCOUNTS[c[2]!]!,
		worries: WORRIES.filter((_, bit) => (c[3]! >> bit) & 1),
	};
	ASPECTS.forEach((aspect, i) => {
		answers[aspect] = LEVELS_RISING[c[4 + i]!]!;
	});
	const pay = PAY[c[9]!];
	if (pay) answers.pay = pay;
	return answers;
}

const slotOf = (c: Coords) => c.reduce((sum, v, i) => sum + v * STRIDES[i]!, 0);

/** A complete answer set answers every question that is shown, and no other. */
function isComplete(c: Coords): boolean {
	const eligible = payQuestionApplies({ region: ALL_REGIONS[c[0]!]!, age: ALL_AGES[c[1]!]! });
	return eligible ? c[9] !== 0 : c[9] === 0;
}

function* allCoords(): Generator<Coords> {
	const c = DIMS.map(() => 0);
	for (let slot = 0; slot < SLOTS; slot++) {
		let rest = slot;
		for (let i = 0; i < DIMS.length; i++) {
			c[i] = Math.floor(rest / STRIDES[i]!);
			rest %= STRIDES[i]!;
		}
		if (isComplete(c)) yield [...c];
	}
}

const COMBINATIONS = (() => {
	let count = 0;
	for (const region of ALL_REGIONS) for (const age of ALL_AGES) count += payQuestionApplies({ region, age }) ? 2 : 1;
	return count * ACCOUNTS.length * WORRY_MASKS * 3 ** ASPECTS.length;
})();

const IN_PLAN = 1;
const NOT_FOR_YOU = 2;

/** Per slot and catalogue item: 0 when absent, IN_PLAN or NOT_FOR_YOU. */
const status = new Uint8Array(SLOTS * catalogue.length);
const checked = new Uint8Array(SLOTS);
const problems = {
	emptyWithoutWhy: [] as string[],
	unavailableShown: [] as string[],
	paidWithoutPaying: [] as string[],
	unclearRecommended: [] as string[],
	noReason: [] as string[],
	doFirstMissingWithoutNotice: [] as string[],
};
let enumerated = 0;

function record(list: string[], answers: Answers, detail: string) {
	if (list.length < 5) list.push(`${JSON.stringify(answers)}: ${detail}`);
}

beforeAll(() => {
	for (const c of allCoords()) {
		const answers = answersAt(c);
		const plan = buildPlan(answers, catalogue);
		const slot = slotOf(c);
		checked[slot] = 1;
		enumerated++;
		const acted = planItems(plan);
		for (const p of acted) status[slot * catalogue.length + itemIndex.get(p.settingId)!] = IN_PLAN;
		for (const p of plan.notForYou) status[slot * catalogue.length + itemIndex.get(p.settingId)!] = NOT_FOR_YOU;

		if (acted.length === 0 && !plan.notices.some((n) => n.startsWith('Your plan is empty because'))) {
			record(problems.emptyWithoutWhy, answers, plan.notices.join(' | '));
		}
		if (plan.doFirst === null && plan.notices.length === 0) record(problems.doFirstMissingWithoutNotice, answers, '');
		for (const p of [...acted, ...plan.notForYou]) {
			const item = byId.get(p.settingId)!;
			if (!isAvailable(item, answers.region as Region, answers.age as 'teen' | 'adult')) {
				record(problems.unavailableShown, answers, p.settingId);
			}
			if (!p.reason.startsWith('Because you')) record(problems.noReason, answers, p.settingId);
		}
		for (const p of acted) {
			const item = byId.get(p.settingId)!;
			if (item.paid && answers.pay !== 'yes') record(problems.paidWithoutPaying, answers, p.settingId);
		}
		for (const p of [plan.doFirst, ...plan.recommended]) {
			if (p && byId.get(p.settingId)!.certainty === 'unclear')
				record(problems.unclearRecommended, answers, p.settingId);
		}
	}
	console.log(
		`Quiz engine properties: ${enumerated} complete answer combinations checked against ${catalogue.length} catalogue items.`,
	);
}, 600_000);

describe(`Across all ${COMBINATIONS} complete answer combinations`, () => {
	it('every combination was actually checked', () => {
		expect(enumerated).toBe(COMBINATIONS);
	});

	it('a plan is never empty without a notice saying why', () => {
		expect(problems.emptyWithoutWhy).toEqual([]);
	});

	it('a plan with no first step always carries a notice', () => {
		expect(problems.doFirstMissingWithoutNotice).toEqual([]);
	});

	it("nothing unavailable in the reader's region or to their age ever appears, in any group", () => {
		expect(problems.unavailableShown).toEqual([]);
	});

	it('a paid item is in the plan only for readers who said they would pay', () => {
		expect(problems.paidWithoutPaying).toEqual([]);
	});

	it('an item whose effect is unclear is never the first step or recommended', () => {
		expect(problems.unclearRecommended).toEqual([]);
	});

	it('every item shown comes with a "Because you ..." reason', () => {
		expect(problems.noReason).toEqual([]);
	});

	it('raising a privacy worry never drops a privacy-protecting item out of the plan', () => {
		const dropped: string[] = [];
		for (const c of allCoords()) {
			const slot = slotOf(c);
			for (let bit = 0; bit < WORRIES.length; bit++) {
				if ((c[3]! >> bit) & 1) continue;
				const raised = [...c];
				raised[3] = c[3]! | (1 << bit);
				const raisedSlot = slotOf(raised);
				if (checked[raisedSlot] !== 1 && dropped.length < 5)
					dropped.push(`unchecked raised slot for ${JSON.stringify(answersAt(c))}`);
				for (let i = 0; i < catalogue.length; i++) {
					const before = status[slot * catalogue.length + i];
					const after = status[raisedSlot * catalogue.length + i];
					if (before === IN_PLAN && after !== IN_PLAN && dropped.length < 5) {
						dropped.push(`${catalogue[i]!.id} after adding ${WORRIES[bit]} to ${JSON.stringify(answersAt(c))}`);
					}
				}
			}
		}
		expect(dropped).toEqual([]);
	}, 120_000);

	it('valuing a personalization aspect more never adds to the plan an item that costs it', () => {
		const added: string[] = [];
		const costsAspect = (item: CatalogueItem, aspect: string) =>
			item.costs.some((cost) => COST_ASPECT[cost] === aspect);
		for (const c of allCoords()) {
			const slot = slotOf(c);
			ASPECTS.forEach((aspect, a) => {
				const level = c[4 + a]!;
				if (level === LEVELS_RISING.length - 1) return;
				const raised = [...c];
				raised[4 + a] = level + 1;
				const raisedSlot = slotOf(raised);
				for (let i = 0; i < catalogue.length; i++) {
					if (!costsAspect(catalogue[i]!, aspect)) continue;
					const before = status[slot * catalogue.length + i];
					const after = status[raisedSlot * catalogue.length + i];
					if (before !== IN_PLAN && after === IN_PLAN && added.length < 5) {
						added.push(`${catalogue[i]!.id} after raising ${aspect} in ${JSON.stringify(answersAt(c))}`);
					}
				}
			});
		}
		expect(added).toEqual([]);
	}, 120_000);

	it('the value levels used here are exactly the quiz options', () => {
		expect([...LEVELS_RISING].sort()).toEqual([...VALUE_LEVELS].sort());
	});
});

// ---------------------------------------------------------------------------------------------
// Random partial and malformed answers

const optionIds = (id: string) => QUESTIONS.find((q) => q.id === id)!.options.map((o) => o.id);
const junk = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }));
const singleAnswer = (id: string) =>
	fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...optionIds(id)) }, { weight: 1, arbitrary: junk });
const partialAnswers = fc.record(
	{
		region: singleAnswer('region'),
		age: singleAnswer('age'),
		account: singleAnswer('account'),
		worries: fc.oneof({ weight: 5, arbitrary: fc.subarray([...WORRIES]) }, { weight: 1, arbitrary: junk }),
		feed: singleAnswer('feed'),
		explore: singleAnswer('explore'),
		ads: singleAnswer('ads'),
		ai: singleAnswer('ai'),
		reach: singleAnswer('reach'),
		pay: singleAnswer('pay'),
		unknownQuestion: junk,
	},
	{ requiredKeys: [] },
) as fc.Arbitrary<Answers>;

const inAnyGroup = (plan: Plan) => [...planItems(plan), ...plan.notForYou].map((p) => p.settingId);

describe('With 10,000 random partial or malformed answer sets', () => {
	it('a plan is never empty without a notice saying why', () => {
		fc.assert(
			fc.property(partialAnswers, (answers) => {
				const plan = buildPlan(answers, catalogue);
				return planItems(plan).length > 0 || plan.notices.some((n) => n.startsWith('Your plan is empty because'));
			}),
			{ numRuns: 10_000 },
		);
	});

	it('nothing appears that is not available for the region and age given (or for every region and age when not given)', () => {
		fc.assert(
			fc.property(partialAnswers, (answers) => {
				const region = ALL_REGIONS.includes(answers.region as Region) ? (answers.region as Region) : null;
				const age = answers.age === 'teen' || answers.age === 'adult' ? answers.age : null;
				return inAnyGroup(buildPlan(answers, catalogue)).every((id) => isAvailable(byId.get(id)!, region, age));
			}),
			{ numRuns: 10_000 },
		);
	});
});

describe('Determinism', () => {
	it('the same answers give the same plan whatever order the catalogue is in', () => {
		fc.assert(
			fc.property(
				partialAnswers,
				fc.shuffledSubarray(catalogue, { minLength: catalogue.length, maxLength: catalogue.length }),
				(answers, shuffled) => {
					expect(buildPlan(answers, shuffled)).toEqual(buildPlan(answers, catalogue));
				},
			),
			{ numRuns: 1_000 },
		);
	});
});
