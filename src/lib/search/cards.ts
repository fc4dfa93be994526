/**
 * How a Pagefind result becomes what a result card shows, and the sentence announced after a
 * search. A FAQ result carries its one-sentence answer, a setting its summary and the regions where
 * it applies; longer pages carry Pagefind's excerpt and links to the sections that matched.
 */
import type { ContentType, Region } from '../vocabulary';
import type { SearchVocabulary } from './state';
import { fill, type ResultWords } from './words';

/** What a Pagefind result's data() gives us (the parts this site uses). */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	/** The page's whole indexed text. */
	content?: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[]>;
	sub_results?: { title: string; url: string; excerpt: string; anchor?: unknown }[];
}

export interface ExcerptPart {
	text: string;
	marked: boolean;
}

export interface ResultCard {
	url: string;
	title: string;
	/** The page's content type id (the type filter), or "" if the index has none. */
	type: ContentType | '';
	/** Region ids the page is specific to (or, for a setting, where it is available). */
	regions: Region[];
	/** The FAQ short answer or the setting summary, as plain text. */
	answer?: string;
	/** Otherwise Pagefind's excerpt, split into plain and highlighted (marked) parts. */
	excerpt: ExcerptPart[];
	/** Up to two linked sections of a longer page where the words were found. */
	sections: { title: string; url: string }[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		const known = ENTITIES[name.toLowerCase()];
		if (known !== undefined) return known;
		if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
		return whole;
	});
}

/**
 * Splits Pagefind's excerpt ("text with <mark>hits</mark>", entities encoded) into parts, so the
 * page can show highlights with text nodes instead of innerHTML. Any other tag is dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const pattern = /<mark>([\s\S]*?)<\/mark>/g;
	let last = 0;
	const push = (raw: string, marked: boolean) => {
		const text = decodeEntities(raw.replace(/<[^>]*>/g, ''));
		if (text) parts.push({ text, marked });
	};
	for (const match of excerpt.matchAll(pattern)) {
		push(excerpt.slice(last, match.index), false);
		push(match[1]!, true);
		last = match.index! + match[0].length;
	}
	push(excerpt.slice(last), false);
	return parts;
}

const known = <T extends string>(list: readonly T[], values: string[] | undefined): T[] =>
	(values ?? []).filter((v): v is T => (list as readonly string[]).includes(v));

/** Turns one Pagefind result into what a result card shows. */
export function toResultCard(data: PagefindResultData, vocabulary: SearchVocabulary): ResultCard {
	const type = known(vocabulary.types, data.filters?.type)[0] ?? '';
	// FAQ pages carry their one-sentence answer, setting pages their summary (see the page templates).
	const answer = (data.meta.answer ?? data.meta.summary)?.trim();
	const pageUrl = data.url.split('#')[0];
	const sections = (data.sub_results ?? [])
		.filter((s) => s.anchor !== undefined && s.url.split('#')[0] === pageUrl && s.url.includes('#'))
		.slice(0, 2)
		.map((s) => ({ title: s.title, url: s.url }));
	return {
		url: data.url,
		title: data.meta.title?.trim() || data.url,
		type,
		regions: known(vocabulary.regions, data.filters?.region),
		...(answer ? { answer } : {}),
		excerpt: answer ? [] : excerptParts(data.excerpt),
		sections: answer ? [] : sections,
	};
}

/** Names a reader sees for the filter values, in the page's language (t.vocabulary's labels). */
export interface FilterLabels {
	types: Record<ContentType, string>;
	regions: Record<Region, string>;
}

/** The filter values, in order, from the words a page hands over. */
export function vocabularyOf(labels: FilterLabels): { types: ContentType[]; regions: Region[] } {
	return { types: Object.keys(labels.types) as ContentType[], regions: Object.keys(labels.regions) as Region[] };
}

/** The sentence announced (politely) after each search, in the page's words. `partial`: no page had every word. */
export function resultCountText(
	count: number,
	state: { q: string; type: ContentType | ''; region: Region | '' },
	words: FilterLabels & Pick<ResultWords, 'resultOne' | 'resultMany' | 'found' | 'none' | 'partial' | 'scopeType' | 'scopeRegion'>,
	partial = false,
): string {
	const q = state.q.trim();
	const scope = [
		state.type && fill(words.scopeType, { label: words.types[state.type] }),
		state.region && fill(words.scopeRegion, { label: words.regions[state.region] }),
	]
		.filter(Boolean)
		.join(', ');
	const where = scope ? ` (${scope})` : '';
	if (count === 0) return fill(words.none, { q, where });
	const counted = fill(count === 1 ? words.resultOne : words.resultMany, { count });
	return fill(partial ? words.partial : words.found, { counted, q, where });
}
