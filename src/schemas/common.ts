import { z } from 'astro/zod';
import { REGIONS, type Region } from '../lib/vocabulary';

/**
 * Shared field schemas. Every claim on this site carries its sources and the date a person last
 * checked it; these two fields are the contract that makes that true (the build fails without them).
 */

/** A content-file id: lowercase words joined by hyphens, as used in file names and URLs. */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, like "meta-newsroom-2025-04"');

/**
 * The date a person last checked this entry against its sources. Written as YYYY-MM-DD.
 * A date in the future is refused: it would claim a check that has not happened.
 */
export const lastVerifiedSchema = z.coerce
	.date({ error: 'lastVerified is required: the date (YYYY-MM-DD) you last checked this entry against its sources' })
	.refine((date) => date.getTime() <= Date.now(), {
		message: 'lastVerified is in the future: use the date you actually checked this entry',
	});

/** Ids of entries in content/sources/. Existence is checked across collections by content-integrity. */
export const sourceIdsSchema = z
	.array(idSchema, { error: 'sources is required: a list of ids of files in content/sources/' })
	.min(1, 'sources must list at least one id from content/sources/');

/** Where a fact or setting applies (ids in src/lib/vocabulary.ts). */
export const regionSchema = z.enum(REGIONS);
export type { Region };
