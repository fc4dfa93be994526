import { z } from 'astro/zod';
import { TRANSLATED_LOCALES } from '../../scripts/translation-fingerprint.mjs';
import { idSchema, lastVerifiedSchema, sourceIdsSchema } from './common';

/**
 * One region page (content/regions/<region-id>.md; the file name is an id from REGIONS in
 * src/lib/vocabulary.ts). The text a reader sees lives here as content, not in the page code, so it
 * can be translated like any other entry. The body holds notes, such as what is unclear.
 */
export const regionPageSchema = z.object({
	/** The page heading: "If you live in the EU or EEA". */
	title: z.string().min(5),
	/** One sentence for search results and link previews. */
	description: z.string().min(20).max(240),
	/** Exactly three short lines: what the reader can and cannot do there. */
	lines: z.array(z.string().min(10).max(220)).length(3, 'lines must be exactly three: what you can and cannot do here'),
	/** Ids of settings (content/settings/), the one to three that matter most here, most important first. */
	actions: z.array(idSchema).min(1).max(3),
	/** Ids of FAQ answers (content/faq/) that readers here ask about. */
	faq: z.array(idSchema).default([]),
	/** Meta's own pages that matter here beyond the actions' own links, each with the source that documents it. */
	metaLinks: z.array(z.object({ label: z.string().min(3), url: z.url({ protocol: /^https$/ }), source: idSchema })).default([]),
	/** Show the objection helper (only where an objection form exists). */
	objectionHelper: z.boolean().default(false),
	/** Authorities or consumer groups whose own page on this topic we read, each with that page as its source. */
	authorities: z
		.array(
			z.object({
				name: z.string().min(2),
				url: z.url({ protocol: /^https$/ }),
				source: idSchema,
				/**
				 * The language the authority's page is written in, when it is one of the site's languages and
				 * not English (a German consumer centre: "de"). Its `name` is then written in that language and
				 * is not translated; the page names the language to readers of the others.
				 */
				language: z.enum(TRANSLATED_LOCALES).optional(),
			}),
		)
		.default([]),
	lastVerified: lastVerifiedSchema,
	sources: sourceIdsSchema,
});
export type RegionPageData = z.infer<typeof regionPageSchema>;
