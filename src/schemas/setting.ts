import { z } from 'astro/zod';
import { lastVerifiedSchema, regionSchema, sourceIdsSchema } from './common';

/** What a setting, form or habit protects. */
export const protectionSchema = z.enum([
	'ai-training', // future use of your public posts to train Meta's AI
	'ai-chat-data', // what you type or say to Meta AI
	'ad-profiling', // ads chosen from your activity and interests
	'off-meta-activity', // activity businesses share with Meta from other sites and apps
	'recommendation-profiling', // feed, Explore and Reels ranked from what Instagram learned about you
	'public-exposure', // who (and which search engines) can see your posts
	'your-information', // knowing and controlling what Meta holds about you
]);
export type Protection = z.infer<typeof protectionSchema>;

/** What it costs the reader. */
export const costSchema = z.enum([
	'feed-personalisation',
	'explore-reels',
	'ad-relevance',
	'ai-features',
	'reach',
	'money',
	'time',
]);
export type Cost = z.infer<typeof costSchema>;

export const ageSchema = z.enum(['teen', 'adult']);
export type Age = z.infer<typeof ageSchema>;

/** One item of the settings catalogue (content/settings/<id>.md). The body holds any longer notes. */
export const settingSchema = z.object({
	name: z.string().min(3),
	kind: z.enum(['setting', 'form', 'habit']),
	/** One or two plain sentences: what it is. */
	summary: z.string().min(20).max(300),
	/** Numbered steps in the Instagram app, as documented by the sources. */
	steps: z.array(z.string().min(3)).min(1),
	/** Steps on instagram.com where they differ from the app. */
	webSteps: z.array(z.string().min(3)).optional(),
	regions: z.array(regionSchema).min(1),
	ages: z.array(ageSchema).min(1),
	protects: z.array(protectionSchema).min(1),
	/** What it costs; an empty list means no documented cost. */
	costs: z.array(costSchema),
	/** One plain sentence on the trade-off, shown next to the enums. */
	costNote: z.string().min(5),
	effortMinutes: z.number().positive().max(120),
	reversible: z.boolean(),
	/** How to undo it, or why it cannot be undone. */
	reversibleHow: z.string().min(5),
	/** documented: Meta's own text says so. reported: only press or guides. unclear: sources disagree. */
	certainty: z.enum(['documented', 'reported', 'unclear']),
	/** Anything paid: the reader's willingness to pay decides whether it is offered. */
	paid: z.boolean().default(false),
	lastVerified: lastVerifiedSchema,
	sources: sourceIdsSchema,
});
export type SettingData = z.infer<typeof settingSchema>;
