import { z } from 'astro/zod';
import { lastVerifiedSchema, sourceIdsSchema } from './common';

/** A standalone prose page (content/pages/<id>.mdx), such as the conclusion or the about page. */
export const pageSchema = z.object({
	title: z.string().min(3),
	description: z.string().min(20).max(200),
	lastVerified: lastVerifiedSchema,
	sources: sourceIdsSchema,
});
export type PageData = z.infer<typeof pageSchema>;
