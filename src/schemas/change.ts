import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { affectsTargetProblem } from '../lib/change-targets';
import { CERTAINTIES, CHANGE_KINDS } from '../lib/vocabulary';
import { lastVerifiedSchema, regionSchema, sourceIdsSchema } from './common';

/**
 * The date of a change, exactly as precise as its sources: YYYY-MM-DD, or YYYY-MM when they give only
 * the month (never a made-up day). YAML reads an unquoted full date as a Date; it is turned back into text.
 */
export const changeDateSchema = z
	.union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.string()])
	.refine((value) => /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(value), {
		message: 'date must be YYYY-MM-DD, or YYYY-MM when the sources give only the month',
	});

// Project files are read relative to where astro (or vitest) runs: the project root.
const projectFileExists = (file: string) => existsSync(resolve(process.cwd(), file));

/**
 * Site pages the change made us update. Checked here so `astro sync` names the file and the field;
 * checked again at build time (src/data/changes.ts), because Astro does not re-validate unchanged files.
 */
export const affectsSchema = z
	.array(z.string(), { error: 'affects is required: the site pages this change affected, like "/guide/data-usage-control/"' })
	.min(1, 'affects must list at least one page of this site')
	.superRefine((targets, ctx) => {
		targets.forEach((target, index) => {
			const problem = affectsTargetProblem(target, projectFileExists);
			if (problem) ctx.addIssue({ code: 'custom', path: [index], message: problem });
		});
	});

/** One entry of the change log (content/changes/<date>-<slug>.md), shown on /changes/ and in /changes.xml. */
export const changeSchema = z.object({
	title: z.string().min(8).max(120),
	date: changeDateSchema,
	/** One or two plain sentences. Where every source is secondary, it says "reported". */
	summary: z
		.string()
		.min(20)
		.max(400)
		.refine((s) => (s.trim().match(/[.!?](\s|$)/g) ?? []).length <= 2, { message: 'summary must be one or two sentences' }),
	/** Who made the change. */
	kind: z.enum(CHANGE_KINDS),
	/** documented: a primary source says so. reported: only press or guides. unclear: sources disagree. */
	certainty: z.enum(CERTAINTIES),
	affects: affectsSchema,
	/** Where the change applies; empty when the sources do not say. */
	regions: z.array(regionSchema).default([]),
	lastVerified: lastVerifiedSchema,
	sources: sourceIdsSchema,
});
export type ChangeData = z.infer<typeof changeSchema>;
