import { z } from 'astro/zod';
import { TRANSLATABLE_FIELDS } from '../../scripts/translation-fingerprint.mjs';
import { askedAsSchema } from './asked-as';

/**
 * Translated entries (content/translations/<language>/<collection>/<id>.md(x)). A translation holds
 * only text; every language-neutral field is read from its English entry (see
 * content/translations/README.md). Limits are looser than the English ones: the same sentence is
 * longer in German or French than in English.
 */

/** The English entry's fingerprint when this translation was made or last checked against it. */
const translatedFrom = z
	.string({
		error: (issue) =>
			issue.input === undefined
				? 'translatedFrom is missing: run `npm run translations -- stamp <this file>` after translating it'
				: 'translatedFrom must be in quotes (YAML reads a fingerprint of digits as a number): run `npm run translations -- stamp <this file>`',
	})
	.regex(/^[0-9a-f]{10}$/, 'translatedFrom must be the 10-character fingerprint written by `npm run translations -- stamp <this file>`');

/** Counts sentence ends, not the full stop of a German ordinal date ("23. Juli") or a number. */
export function sentenceBreaks(text: string): number {
	return (text.trim().match(/(?<![\d])[.!?…](?=\s+\S)/g) ?? []).length;
}

const text = (min: number, max?: number) => (max ? z.string().trim().min(min).max(max) : z.string().trim().min(min));
const steps = z.array(text(3)).min(1);
/** A translated list of objects: only their labels, in the English order (lengths are compared at build time). */
const labels = z.array(z.object({ label: text(3) }));

const base = { translatedFrom };

export const guideTranslationSchema = z.strictObject({ ...base, title: text(3), description: text(20, 260) });
export const pageTranslationSchema = guideTranslationSchema;
export const tipTranslationSchema = z.strictObject({ ...base, title: text(5) });
export const faqTranslationSchema = z.strictObject({
	...base,
	question: text(8).refine((q) => q.endsWith('?'), { message: 'question must end with a question mark' }),
	shortAnswer: text(10, 320).refine((s) => sentenceBreaks(s) === 0, { message: 'shortAnswer must be a single sentence' }),
	askedAs: askedAsSchema,
});
export const settingTranslationSchema = z.strictObject({
	...base,
	name: text(3),
	askedAs: askedAsSchema,
	summary: text(20, 400),
	steps,
	alternativeRoutes: z.array(z.object({ label: text(3), steps })).optional(),
	links: labels.optional(),
	webSteps: steps.optional(),
	costNote: text(5),
	reversibleHow: text(5),
});
export const regionTranslationSchema = z.strictObject({
	...base,
	title: text(5),
	description: text(20, 300),
	lines: z.array(text(10, 300)).length(3, 'lines must be exactly three, like the English'),
	metaLinks: labels.optional(),
	authorities: z.array(z.object({ name: text(2) })).optional(),
});
export const changeTranslationSchema = z.strictObject({
	...base,
	title: text(8, 160),
	summary: text(20, 520).refine((s) => sentenceBreaks(s) <= 1, { message: 'summary must be one or two sentences' }),
});

/** One schema per translatable collection; its keys are TRANSLATABLE_FIELDS plus translatedFrom (a unit test keeps them equal). */
export const translationSchemas = {
	guide: guideTranslationSchema,
	faq: faqTranslationSchema,
	pages: pageTranslationSchema,
	tips: tipTranslationSchema,
	settings: settingTranslationSchema,
	regions: regionTranslationSchema,
	changes: changeTranslationSchema,
} satisfies Record<keyof typeof TRANSLATABLE_FIELDS, z.ZodType>;
