import { z } from 'astro/zod';
import { lastVerifiedSchema, regionSchema, sourceIdsSchema } from './common';

/** One of the seven guide sections (content/guide/<slug>.mdx), shown in `order`. */
export const guideSchema = z.object({
	title: z.string().min(3),
	/** One or two plain sentences, used as the meta description and on the guide index. */
	description: z.string().min(20).max(200),
	/** Position in the guide, 1 to 7 (the seed's order). */
	order: z.number().int().min(1).max(7),
	lastVerified: lastVerifiedSchema,
	sources: sourceIdsSchema,
	/** Regions this section says something specific about; shown as badges and used as a search filter. */
	regions: z.array(regionSchema).default([]),
});
export type GuideData = z.infer<typeof guideSchema>;
