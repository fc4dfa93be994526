import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../../src/lib/quiz/question-text';
import { payQuestionApplies } from '../../../src/lib/quiz/questions';
import { AGES, REGIONS } from '../../../src/lib/vocabulary';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('The quiz questions', () => {
	it('are between 8 and 12, so the quiz takes about two minutes', () => {
		expect(QUESTIONS.length).toBeGreaterThanOrEqual(8);
		expect(QUESTIONS.length).toBeLessThanOrEqual(12);
	});

	it('have unique ids made of lowercase words and hyphens', () => {
		const ids = QUESTIONS.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(ID);
	});

	it('have unique option ids made of lowercase words and hyphens within each question', () => {
		for (const q of QUESTIONS) {
			const ids = q.options.map((o) => o.id);
			expect(new Set(ids).size, q.id).toBe(ids.length);
			for (const id of ids) expect(id, q.id).toMatch(ID);
		}
	});

	it('ask where the reader lives with exactly the regions the site knows', () => {
		const region = QUESTIONS.find((q) => q.id === 'region')!;
		expect(region.options.map((o) => o.id)).toEqual([...REGIONS]);
		expect(region.options[0]!.label).toBe('European Union, Iceland, Liechtenstein or Norway');
	});

	it('ask for an age bracket that matches the catalogue ages, or lets a parent answer for their teen', () => {
		const age = QUESTIONS.find((q) => q.id === 'age')!;
		expect(age.options.map((o) => o.id)).toEqual([...AGES, 'parent']);
	});

	it('split the AI-training worry into posts and chats', () => {
		const worries = QUESTIONS.find((q) => q.id === 'worries')!.options.map((o) => o.id);
		expect(worries).toEqual(expect.arrayContaining(['ai-posts', 'ai-chats']));
		expect(worries).not.toContain('ai-training');
	});

	it('let the reader pick several worries, or none', () => {
		expect(QUESTIONS.find((q) => q.id === 'worries')!.kind).toBe('multi');
	});

	it('end each prompt with a question mark and keep it short', () => {
		for (const q of QUESTIONS) {
			expect(q.prompt, q.id).toMatch(/\?$/);
			expect(q.prompt.split(' ').length, q.id).toBeLessThanOrEqual(16);
		}
	});
});

describe('The question about paying', () => {
	const pay = QUESTIONS.find((q) => q.id === 'pay')!;

	it('is shown to adults in the EU/EEA and the UK', () => {
		expect(pay.showIf?.({ region: 'eu-eea', age: 'adult' })).toBe(true);
		expect(pay.showIf?.({ region: 'uk', age: 'adult' })).toBe(true);
	});

	it('is hidden for teens and for every other region', () => {
		expect(pay.showIf?.({ region: 'eu-eea', age: 'teen' })).toBe(false);
		for (const region of ['us', 'brazil', 'australia', 'elsewhere']) {
			expect(payQuestionApplies({ region, age: 'adult' }), region).toBe(false);
		}
	});

	it('is hidden until both region and age are answered', () => {
		expect(payQuestionApplies({ region: 'uk' })).toBe(false);
		expect(payQuestionApplies({})).toBe(false);
	});

	it('and the one about objecting are the only follow-up questions', () => {
		expect(QUESTIONS.filter((q) => q.showIf).map((q) => q.id)).toEqual(['objected', 'pay']);
	});
});
