import { z } from 'astro/zod';

/**
 * Other ways people ask for this page ("reverse my opt out", "take back my objection"): a few short
 * phrasings in readers' own words. Search indexes them with extra weight; they are never shown as
 * text on the page (see src/components/search/AskedAs.astro).
 */
export const askedAsSchema = z
	.array(
		z
			.string()
			.trim()
			.min(3, 'each askedAs phrasing needs a few words')
			.max(90, 'keep each askedAs phrasing short: one way of asking, not an answer'),
	)
	.max(12, 'askedAs takes a few phrasings (at most 12): more only dilutes the search ranking')
	.refine((list) => new Set(list.map((s) => s.toLowerCase())).size === list.length, { message: 'askedAs lists the same phrasing twice' })
	.optional();
