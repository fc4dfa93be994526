import { z } from 'astro/zod';
import { lastVerifiedSchema, sourceIdsSchema } from './common';

/** One practical tip (content/tips/<id>.md): something a reader can do today. */
export const tipSchema = z.object({
	title: z.string().min(5),
	order: z.number().int().min(1),
	/** Id of a setting in content/settings/ that this tip puts into practice, if any. */
	setting: z.string().optional(),
	lastVerified: lastVerifiedSchema,
	sources: sourceIdsSchema,
});
export type TipData = z.infer<typeof tipSchema>;
