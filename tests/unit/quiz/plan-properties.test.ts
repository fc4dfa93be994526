/**
 * Properties of the plan over random PARTIAL and malformed answers (fast-check), against the real
 * catalogue. Every complete answer combination is checked in tests/exhaustive/quiz-engine.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAnswers, validateAnswers } from '../../../src/lib/quiz/answers';
import { loadCatalogue } from '../../../src/lib/quiz/load-catalogue';
import { buildPlan, isAvailable, planItems } from '../../../src/lib/quiz/plan';
import { QUESTIONS } from '../../../src/lib/quiz/question-text';
import { WORRIES } from '../../../src/lib/quiz/questions';
import type { Answers, Plan } from '../../../src/lib/quiz/types';

const catalogue = loadCatalogue();
const byId = new Map(catalogue.map((item) => [item.id, item]));

const optionIds = (id: string) => QUESTIONS.find((q) => q.id === id)!.options.map((o) => o.id);
const junk = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }));
const singleAnswer = (id: string) => fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...optionIds(id)) }, { weight: 1, arbitrary: junk });
const partialAnswers = fc.record(
	{
		region: singleAnswer('region'),
		age: singleAnswer('age'),
		account: singleAnswer('account'),
		worries: fc.oneof({ weight: 5, arbitrary: fc.subarray([...WORRIES, 'ai-training']) }, { weight: 1, arbitrary: junk }),
		objected: singleAnswer('objected'),
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
// Random runs on a shared machine: generous time, no wall-clock assertions.
const TIMEOUT = 120_000;

describe('With 5,000 random partial or malformed answer sets', () => {
	it(
		'a plan with nothing to do always says why in its summary',
		() => {
			fc.assert(
				fc.property(partialAnswers, (answers) => {
					const plan = buildPlan(answers, catalogue);
					return planItems(plan).length > 0 || plan.summary !== 'plan';
				}),
				{ numRuns: 5_000 },
			);
		},
		TIMEOUT,
	);

	it(
		'nothing appears that is not available for the region and age given (or for every region and age when not given)',
		() => {
			fc.assert(
				fc.property(partialAnswers, (answers) => {
					const reader = readAnswers(validateAnswers(answers).answers);
					return inAnyGroup(buildPlan(answers, catalogue)).every((id) => isAvailable(byId.get(id)!, reader.region, reader.age));
				}),
				{ numRuns: 5_000 },
			);
		},
		TIMEOUT,
	);

	it(
		'groups stay short and no item appears twice',
		() => {
			fc.assert(
				fc.property(partialAnswers, (answers) => {
					const plan = buildPlan(answers, catalogue);
					const all = inAnyGroup(plan);
					return plan.recommended.length <= 3 && plan.consider.length <= 3 && new Set(all).size === all.length;
				}),
				{ numRuns: 5_000 },
			);
		},
		TIMEOUT,
	);
});

describe('Determinism', () => {
	it(
		'the same answers give the same plan whatever order the catalogue is in',
		() => {
			fc.assert(
				fc.property(
					partialAnswers,
					fc.shuffledSubarray(catalogue, { minLength: catalogue.length, maxLength: catalogue.length }),
					(answers, shuffled) => {
						expect(buildPlan(answers, shuffled)).toEqual(buildPlan(answers, catalogue));
					},
				),
				{ numRuns: 500 },
			);
		},
		TIMEOUT,
	);
});
