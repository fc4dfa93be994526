/**
 * The words a search script says, and how it fills them in. The page renders them (in its own
 * language, from src/translations/<language>/search.ts) as JSON on the result list, so the search
 * code bundles no language's words and every language's page runs the same script.
 *
 * Sentences are templates: "{q}" is filled with a value, and in a sentence with a link, "{faq}"
 * marks where the link goes, so each language can put it where its grammar wants it.
 */
import type { FilterLabels } from './cards';

/** What the result list and status line say (the `results` part of src/translations/<language>/search.ts). */
export interface ResultWords {
	/** Where a setting can be used, on its card: "Where it applies: {regions}" (a list, `everywhere` or `notStated`). */
	whereItApplies: string;
	/** A card whose page covers every region. */
	everywhere: string;
	/** A setting card with no regions. */
	notStated: string;
	/** "1 result". */
	resultOne: string;
	/** "{count} results". */
	resultMany: string;
	/** "{counted} for “{q}”{where}." `counted` is resultOne or resultMany, `where` the filters chosen, if any. */
	found: string;
	/** "No results for “{q}”{where}." */
	none: string;
	/** No page has every word: "No page has all of these words. {counted} with some of them for “{q}”{where}." */
	partial: string;
	/** A chosen type filter, inside `where`: "type {label}". */
	scopeType: string;
	/** A chosen region filter, inside `where`: "region {label}". */
	scopeRegion: string;
	/** After "No results…": "Try fewer or different words, or browse {faq}." */
	tryOther: string;
	/** Search could not load (no index, no connection): "Search could not load. You can still browse {faq}." */
	couldNotLoad: string;
	/** Only under `astro dev`, after the developer notice in {message}: "{message}. Until then, browse {faq}." */
	untilThen: string;
	/** The text of the {faq} link: "all questions and answers". */
	faqLink: string;
}

/** Everything a search script gets from its page (SearchResults.astro renders it as data-search-words). */
export interface SearchWords extends FilterLabels, ResultWords {
	/** The page's locale ("de", "pt-br"): which question clean-up table to load. */
	locale: string;
	/** The FAQ index in the page's language ("/de/faq/"), for the {faq} links. */
	faqHref: string;
}

/** Fills "{name}" in a template with plain text. Unknown names stay as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * Splits a template into text and the values of its "{name}" slots, in order, so a slot can be
 * something other than text (a link element in the browser, a link object in an Astro page).
 */
export function fillParts<T>(template: string, values: Record<string, T>): (string | T)[] {
	const parts: (string | T)[] = [];
	let last = 0;
	for (const match of template.matchAll(/\{(\w+)\}/g)) {
		if (!(match[1]! in values)) continue;
		if (match.index > last) parts.push(template.slice(last, match.index));
		parts.push(values[match[1]!]!);
		last = match.index + match[0].length;
	}
	if (last < template.length) parts.push(template.slice(last));
	return parts;
}
