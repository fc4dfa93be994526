import { z } from 'astro/zod';
import { askedAsSchema } from './asked-as';
import { FAQ_TOPICS, type FaqTopic } from '../lib/vocabulary';
import { idSchema, lastVerifiedSchema, regionSchema, sourceIdsSchema } from './common';

export const faqTopicSchema = z.enum(FAQ_TOPICS);
export type { FaqTopic };

/** One question (content/faq/<id>.mdx). The file name is its stable anchor and URL. */
export const faqSchema = z.object({
	question: z.string().min(8).refine((q) => q.trim().endsWith('?'), { message: 'question must end with a question mark' }),
	/** One sentence that answers the question on its own. */
	shortAnswer: z
		.string()
		.min(10)
		.max(240)
		.refine((s) => !/[.!?]\s+\S/.test(s.trim()), { message: 'shortAnswer must be a single sentence' }),
	topic: faqTopicSchema,
	/** Other ways people ask for this (search only; not shown). */
	askedAs: askedAsSchema,
	/** Order within its topic. */
	order: z.number().int().min(0),
	/** Slug of the guide section that explains this in depth. */
	related: idSchema.optional(),
	regions: z.array(regionSchema).default([]),
	lastVerified: lastVerifiedSchema,
	sources: sourceIdsSchema,
});
export type FaqData = z.infer<typeof faqSchema>;
