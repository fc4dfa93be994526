import { describe, expect, it } from 'vitest';
import { composeReason } from '../../src/lib/objection-reason';
import { journeyText } from '../../src/translations/en/journey';

const { opening, choices } = journeyText.helper;

describe('composeReason', () => {
	it('is empty when nothing is ticked or written: the reason is optional', () => {
		expect(composeReason(opening, choices, [])).toBe('');
		expect(composeReason(opening, choices, [], '   ')).toBe('');
	});

	it('starts with the objection, then the ticked sentences in the order shown', () => {
		const text = composeReason(opening, choices, ['no-ai', 'creator']);
		expect(text.startsWith(opening)).toBe(true);
		const creator = choices.find((c) => c.id === 'creator')!.sentence;
		const noAi = choices.find((c) => c.id === 'no-ai')!.sentence;
		expect(text.indexOf(creator)).toBeGreaterThan(0);
		expect(text.indexOf(noAi)).toBeGreaterThan(text.indexOf(creator));
	});

	it('adds the reader’s own words last, trimmed', () => {
		expect(composeReason(opening, choices, [], '  I am a teacher.  ')).toBe(`${opening} I am a teacher.`);
	});

	it('ignores an id it does not know', () => {
		expect(composeReason(opening, choices, ['nope'])).toBe('');
	});

	it('offers choices with unique ids, each adding a first-person sentence', () => {
		expect(new Set(choices.map((c) => c.id)).size).toBe(choices.length);
		for (const c of choices) expect(c.sentence).toMatch(/\b(I|My|my)\b/);
	});
});
