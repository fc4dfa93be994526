import { describe, expect, it } from 'vitest';
import { faqSchema } from '../../src/schemas/faq';
import { guideSchema } from '../../src/schemas/guide';
import { sourceSchema } from '../../src/schemas/source';

const validGuide = {
	title: 'Data usage control',
	description: 'What you can and cannot control about how Meta uses your Instagram data.',
	order: 1,
	lastVerified: '2026-11-01',
	sources: ['dpc-2025-05-statement-meta-ai'],
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
	return result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('content schemas', () => {
	it('accept a complete guide section', () => {
		expect(guideSchema.safeParse(validGuide).success).toBe(true);
	});

	it('refuse a guide section without lastVerified and say which field is missing', () => {
		const { lastVerified: _omit, ...rest } = validGuide;
		const errors = messages(guideSchema.safeParse(rest));
		expect(errors.join('\n')).toMatch(/^lastVerified: lastVerified is required/m);
	});

	it('refuse a lastVerified date in the future', () => {
		const errors = messages(guideSchema.safeParse({ ...validGuide, lastVerified: '2999-01-01' }));
		expect(errors.join('\n')).toMatch(/lastVerified: lastVerified is in the future/);
	});

	it('refuse a guide section with no sources', () => {
		const errors = messages(guideSchema.safeParse({ ...validGuide, sources: [] }));
		expect(errors.join('\n')).toMatch(/sources: sources must list at least one id/);
	});

	it('refuse a source whose url is not https', () => {
		const errors = messages(
			sourceSchema.safeParse({ publisher: 'Meta', title: 'Some page', url: 'http://about.fb.com/x', published: '2025', kind: 'primary' }),
		);
		expect(errors.join('\n')).toMatch(/url: url must be a full https:\/\//);
	});

	it('refuse a source with a made-up date format', () => {
		const errors = messages(
			sourceSchema.safeParse({ publisher: 'Meta', title: 'Some page', url: 'https://about.fb.com/x', published: 'last spring', kind: 'primary' }),
		);
		expect(errors.join('\n')).toMatch(/published: published must be YYYY/);
	});

	it('refuse a FAQ short answer longer than one sentence', () => {
		const errors = messages(
			faqSchema.safeParse({
				question: 'Can I undo it?',
				shortAnswer: 'Maybe. It depends.',
				topic: 'objecting',
				order: 1,
				lastVerified: '2026-11-01',
				sources: ['x'],
			}),
		);
		expect(errors.join('\n')).toMatch(/shortAnswer: shortAnswer must be a single sentence/);
	});
});
