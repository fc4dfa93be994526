/**
 * Pure search logic shared by the header dialog and the /search/ page: the search state that lives
 * in the URL (?q=…&type=…&region=…), the words shown to readers, and how a Pagefind result becomes
 * what a result card shows. No DOM and no Pagefind import, so it runs anywhere (tests included).
 */

/** The filters the index carries (set in BaseLayout's `search` prop). Order = order in the menus. */
export const searchTypes = ['FAQ', 'Guide', 'Setting', 'Quiz', 'Tips', 'About'] as const;
export type SearchType = (typeof searchTypes)[number];
export const searchRegions = ['EU/EEA', 'UK', 'United States', 'Brazil', 'Australia', 'Elsewhere'] as const;

export interface SearchState {
	q: string;
	type: string;
	region: string;
}

/** Reads the search state from a query string such as "?q=undo&type=FAQ". Unknown filter values are dropped. */
export function readSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const type = params.get('type') ?? '';
	const region = params.get('region') ?? '';
	return {
		q: (params.get('q') ?? '').slice(0, 200),
		type: (searchTypes as readonly string[]).includes(type) ? type : '',
		region: (searchRegions as readonly string[]).includes(region) ? region : '',
	};
}

/** The query string for a state, leaving out empty parts ("" when there is nothing to keep). */
export function writeSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	if (state.type) params.set('type', state.type);
	if (state.region) params.set('region', state.region);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Pagefind's `filters` option for a state: only the filters the reader chose. */
export function pagefindFilters(state: SearchState): Record<string, string> {
	const filters: Record<string, string> = {};
	if (state.type) filters.type = state.type;
	if (state.region) filters.region = state.region;
	return filters;
}

/**
 * Words that carry no meaning in a question ("can I undo it" means "undo"). Pagefind only returns
 * pages that contain every word of a query, so a page that answers the question but never says
 * "does" or "it" would be missed. Question words (how, what, why…) are kept: they help rank.
 */
const STOP_WORDS = new Set(
	(
		'a an the i me my mine myself we our ours you your yours they their them he him his she her it its ' +
		'is are am was were be been being do does did can could will would should shall may might must ' +
		'of to in on at for by with from into about as and or if so this that these those there any ' +
		'im ive'
	).split(' '),
);

/**
 * "US" and "USA" are also the word "us", which is on nearly every page; readers who type them mean
 * the country, which the guide calls "United States" (and "US") where it matters.
 */
const SAME_AS: Record<string, string> = {
	britain: 'uk',
	england: 'uk',
	scotland: 'uk',
	wales: 'uk',
	brasil: 'brazil',
	us: 'united states',
	usa: 'united states',
	'u.s': 'united states',
	'u.s.': 'united states',
	'u.s.a': 'united states',
	'u.s.a.': 'united states',
};

/**
 * Turns what a reader typed into the words to search for: lower case, contractions opened up
 * ("don't" → "do not"), US/USA → "united states", and meaningless words dropped (unless nothing
 * else is left). A query in double quotes is left alone (Pagefind's exact-phrase search).
 */
export function searchWords(query: string): string[] {
	const trimmed = query.trim();
	if (!trimmed) return [];
	if (/^".+"$/.test(trimmed)) return [trimmed];
	const words = trimmed
		.toLowerCase()
		.replace(/[‘’ʼ`]/g, "'")
		.replace(/\bcan't\b/g, 'can not')
		.replace(/\bwon't\b/g, 'will not')
		.replace(/n't\b/g, ' not')
		.replace(/'(m|s|re|ve|ll|d)\b/g, '')
		.replace(/\b(united kingdom|great britain)\b/g, 'uk')
		.split(/\s+/)
		.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/^(?!u\.s)(.*?)\.+$/, '$1'))
		.filter(Boolean)
		.flatMap((w) => (SAME_AS[w] ?? w).split(' '));
	const meaningful = words.filter((w) => !STOP_WORDS.has(w));
	return meaningful.length > 0 ? meaningful : words;
}

const REGION_WORDS: Record<string, (typeof searchRegions)[number]> = {
	uk: 'UK',
	eu: 'EU/EEA',
	eea: 'EU/EEA',
	europe: 'EU/EEA',
	european: 'EU/EEA',
	brazil: 'Brazil',
	australia: 'Australia',
	australian: 'Australia',
};

/**
 * The regions a query names ("I live in the UK" → UK), as region filter values. Pages specific to
 * that region are ranked a little higher, so "UK" finds the UK answer before pages that mention it.
 */
export function regionsNamed(words: string[]): string[] {
	const found = new Set<string>();
	words.forEach((word, i) => {
		const region = REGION_WORDS[word];
		if (region) found.add(region);
		if (word === 'united' && words[i + 1] === 'states') found.add('United States');
	});
	return [...found];
}

/** The sentence announced (politely) after each search. `partial`: no page had every word. */
export function resultCountText(count: number, state: SearchState, partial = false): string {
	const q = state.q.trim();
	const scope = [state.type && `type ${state.type}`, state.region && `region ${state.region}`].filter(Boolean).join(', ');
	const where = scope ? ` (${scope})` : '';
	if (count === 0) return `No results for “${q}”${where}.`;
	const counted = `${count} ${count === 1 ? 'result' : 'results'}`;
	if (partial) return `No page has all of these words. ${counted} with some of them for “${q}”${where}.`;
	return `${counted} for “${q}”${where}.`;
}

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

export interface ResultCard {
	url: string;
	title: string;
	/** "FAQ", "Guide", … (the type filter of the page). */
	type: string;
	regions: string[];
	/** The FAQ short answer or the setting summary, as plain text. */
	answer?: string;
	/** Otherwise Pagefind's excerpt, split into plain and highlighted (marked) parts. */
	excerpt: ExcerptPart[];
	/** Up to two linked sections of a longer page where the words were found. */
	sections: { title: string; url: string }[];
}

export interface ExcerptPart {
	text: string;
	marked: boolean;
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

/** Turns one Pagefind result into what a result card shows. */
export function toResultCard(data: PagefindResultData): ResultCard {
	const type = data.filters?.type?.[0] ?? '';
	// FAQ pages carry their one-sentence answer, setting pages their summary (BaseLayout/[id].astro).
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
		regions: data.filters?.region ?? [],
		...(answer ? { answer } : {}),
		excerpt: answer ? [] : excerptParts(data.excerpt),
		sections: answer ? [] : sections,
	};
}
