import { z } from 'astro/zod';
import { askedAsSchema } from './asked-as';
import { AGES, CERTAINTIES, COSTS, PROTECTIONS, SETTING_KINDS, type Age, type Cost, type Protection } from '../lib/vocabulary';
import { idSchema, lastVerifiedSchema, regionSchema, sourceIdsSchema } from './common';

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
	/** The one main route, as numbered steps in the Instagram app, as documented by `stepsSource`. */
	steps: z.array(z.string().min(3)).min(1),
	/** Other ways to reach the same place; shown as alternatives, never as more numbered steps. */
	alternativeRoutes: z
		.array(z.object({ label: z.string().min(3), steps: z.array(z.string().min(3)).min(1), source: idSchema.optional() }))
		.optional(),
	/**
	 * Id of the source the steps come from (it must also be in `sources`). When it is secondary, the
	 * page says "Steps as described by <publisher>" rather than implying Meta documented them.
	 * Leave it out only when no source gives the taps; then `certainty` cannot be "documented".
	 */
	stepsSource: idSchema.optional(),
	/** Meta's own pages or forms for this action, each with the source that documents the link. */
	links: z
		.array(
			z.object({
				label: z.string().min(3),
				url: z.url({ protocol: /^https$/, error: 'links: url must be a full https:// address' }),
				source: idSchema,
			}),
		)
		.optional(),
	/** Steps on instagram.com where they differ from the app. */
	webSteps: z.array(z.string().min(3)).optional(),
	regions: z.array(regionSchema).min(1),
	ages: z.array(ageSchema).min(1),
	/**
	 * ONLY what the item's own text says it protects. May be empty: a content filter that protects
	 * none of your data says so rather than borrowing a protection it does not give.
	 */
	protects: z.array(protectionSchema),
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
