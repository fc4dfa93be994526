import { z } from 'astro/zod';
import { askedAsSchema } from './asked-as';
import { AGES, CERTAINTIES, COSTS, PROTECTIONS, SETTING_KINDS, type Age, type Cost, type Protection } from '../lib/vocabulary';
import { lastVerifiedSchema, regionSchema, sourceIdsSchema } from './common';

export const protectionSchema = z.enum(PROTECTIONS);
export const costSchema = z.enum(COSTS);
export const ageSchema = z.enum(AGES);
export type { Age, Cost, Protection };

/** One item of the settings catalogue (content/settings/<id>.md). The body holds any longer notes. */
export const settingSchema = z.object({
	name: z.string().min(3),
	kind: z.enum(SETTING_KINDS),
	/** Other ways people ask for this (search only; not shown). */
	askedAs: askedAsSchema,
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
	certainty: z.enum(CERTAINTIES),
	/** Anything paid: the reader's willingness to pay decides whether it is offered. */
	paid: z.boolean().default(false),
	lastVerified: lastVerifiedSchema,
	sources: sourceIdsSchema,
});
export type SettingData = z.infer<typeof settingSchema>;
