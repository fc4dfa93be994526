import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers } from '../../../src/lib/quiz/share-link';
import type { Answers } from '../../../src/lib/quiz/types';
import { validAnswers } from '../../helpers/quiz-answers';

const sample: Answers = {
	region: 'eu-eea',
	age: 'adult',
	account: 'creator',
	worries: ['ai-posts', 'ad-profiling'],
	objected: 'not-yet',
	reach: 'not-at-all',
	pay: 'no',
};

describe('encodeAnswers', () => {
	it('writes a short, readable fragment with the version first', () => {
		expect(encodeAnswers(sample)).toBe(
			'v=2&region=eu-eea&age=adult&account=creator&worries=ai-posts,ad-profiling&objected=not-yet&reach=not-at-all&pay=no',
		);
	});

	it('writes an empty list of worries as an empty value, so "none" survives the trip', () => {
		expect(encodeAnswers({ worries: [] })).toBe('v=2&worries=');
		expect(decodeAnswers('v=2&worries=')).toEqual({ ok: true, answers: { worries: [] } });
	});

	it('leaves out answers the quiz does not know', () => {
		expect(encodeAnswers({ region: 'us', colour: 'red', pay: 'yes' } as Answers)).toBe('v=2&region=us');
	});
});

describe('Links made by the first version of the quiz', () => {
	const v1 =
		'v=1&region=uk&age=adult&account=personal&worries=ai-training,my-data&feed=a-lot&explore=a-little&ads=not-at-all&ai=a-little&reach=a-lot&pay=yes';

	it('still open, with the old AI-training worry read as both new ones', () => {
		expect(decodeAnswers(v1)).toEqual({
			ok: true,
			answers: {
				region: 'uk',
				age: 'adult',
				account: 'personal',
				worries: ['ai-posts', 'ai-chats', 'my-data'],
				feed: 'a-lot',
				explore: 'a-little',
				ads: 'not-at-all',
				ai: 'a-little',
				reach: 'a-lot',
				pay: 'yes',
			},
		});
	});
	it('keep every other worry as it was', () => {
		expect(decodeAnswers('v=1&worries=tracking,ai-chats')).toEqual({ ok: true, answers: { worries: ['ai-chats', 'tracking'] } });
	});
	it('are re-written as version 2 links when shared again', () => {
		const decoded = decodeAnswers(v1);
		expect(decoded.ok && encodeAnswers(decoded.answers)).toMatch(/^v=2&.*worries=ai-posts,ai-chats,my-data/);
	});
	it('cannot carry an answer version 1 never asked', () => {
		expect(decodeAnswers('v=1&age=adult&worries=ai-training&objected=already')).toEqual({ ok: false, reason: 'changed' });
	});
});

describe('decodeAnswers', () => {
	it('gives back exactly the answers that were encoded, for every answer set the quiz can produce', () => {
		fc.assert(
			fc.property(validAnswers, (answers) => {
				expect(decodeAnswers(encodeAnswers(answers))).toEqual({ ok: true, answers });
			}),
			{ numRuns: 5_000 },
		);
	});

	it('accepts the fragment with its leading "#"', () => {
		expect(decodeAnswers(`#${encodeAnswers(sample)}`)).toEqual({ ok: true, answers: sample });
	});

	it('reads a link whose commas an app turned into %2C', () => {
		expect(decodeAnswers('v=2&worries=ai-posts%2Ctracking')).toEqual({
			ok: true,
			answers: { worries: ['ai-posts', 'tracking'] },
		});
	});

	it('refuses a link from a version of the quiz it does not know, and says which problem it is', () => {
		expect(decodeAnswers('v=3&region=us')).toEqual({ ok: false, reason: 'outdated' });
	});

	it('refuses a link with no version', () => {
		expect(decodeAnswers('region=us').ok).toBe(false);
	});

	it('refuses a link with an answer the quiz does not have', () => {
		expect(decodeAnswers('v=2&region=mars')).toEqual({ ok: false, reason: 'changed' });
	});

	it('refuses a link with a question the quiz does not have', () => {
		expect(decodeAnswers('v=2&region=us&admin=true').ok).toBe(false);
	});

	it('refuses a link that answers a follow-up the quiz would not have asked', () => {
		expect(decodeAnswers('v=2&region=us&age=adult&pay=yes').ok).toBe(false);
	});

	it('refuses a link that gives the same question twice', () => {
		expect(decodeAnswers('v=2&region=us&region=uk').ok).toBe(false);
	});

	it('refuses a link with a repeated worry', () => {
		expect(decodeAnswers('v=2&worries=tracking,tracking').ok).toBe(false);
	});

	it('refuses a link with broken percent-encoding instead of throwing', () => {
		expect(decodeAnswers('v=2&region=%E0%A4%A')).toEqual({ ok: false, reason: 'broken' });
	});

	it('refuses an empty link', () => {
		expect(decodeAnswers('').ok).toBe(false);
		expect(decodeAnswers('#').ok).toBe(false);
	});

	it('refuses a huge link without reading it', () => {
		expect(decodeAnswers(`v=2&region=${'%'.repeat(5_000_000)}`)).toEqual({ ok: false, reason: 'too-long' });
	});

	it('never throws on random strings of any characters', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
				const result = decodeAnswers(text);
				return result.ok ? typeof result.answers === 'object' : result.reason.length > 0;
			}),
			{ numRuns: 10_000 },
		);
	});

	it('never throws on strings built from pieces of real links, percent signs and odd unicode', () => {
		const piece = fc.constantFrom(
			'v=1',
			'v=2',
			'v=',
			'&',
			'=',
			',',
			'#',
			'%',
			'%2',
			'%25',
			'%2C',
			'%E0%A4%A',
			'%F0%9F%98%80',
			'%00',
			'\uD800',
			'region=eu-eea',
			'age=teen',
			'worries=',
			'worries=ai-training',
			'pay=yes',
			'__proto__=1',
			'constructor=x',
			'toString=',
			'😀',
			'é',
			'\u0000',
			' ',
		);
		fc.assert(
			fc.property(fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 5 })), { maxLength: 40 }), (parts) => {
				const result = decodeAnswers(parts.join(''));
				return result.ok ? typeof result.answers === 'object' : result.reason.length > 0;
			}),
			{ numRuns: 10_000 },
		);
	});

	it('never throws when handed something that is not a string at all', () => {
		for (const value of [undefined, null, 42, {}, [], Symbol('x')]) {
			expect(decodeAnswers(value as unknown as string).ok).toBe(false);
		}
	});
});
