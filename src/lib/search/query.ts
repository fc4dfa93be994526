/**
 * Turns what a reader typed ("how do I stop Meta AI from using my photos?") into what to search
 * for. Pagefind only returns pages that hold every word of a query, so a whole question with
 * "how", "do", "I" and "my" in it would miss the page that answers it. Pure: no DOM, no Pagefind;
 * the words of a language come from a table (./languages/).
 */
import type { RegionId, SearchLanguage } from './languages/types';

export interface CleanQuery {
	/** A query in double quotes: searched exactly as typed (Pagefind's phrase search), nothing cleaned. */
	exact?: string;
	/**
	 * The meaningful ideas of the question, in order. Each is a list of wordings: first as the
	 * reader typed it, then the site's own wording from the synonym table when that differs.
	 */
	concepts: string[][];
	/** The regions the question names ("I live in the US" → us), as region ids. */
	regions: RegionId[];
	/** The question words it uses ("what", "who"): not searched for, but a page asking the same kind of question is a closer answer. */
	asks: string[];
}

/**
 * A word as the tables compare it: lower case, without accents ("Rückgängig", "ruckgangig" and
 * "rückgängig" are one word; "pourquoi" typed "pourquoí" too). People on phones often leave accents
 * out; Pagefind ignores them as well (its exactDiacritics option is off).
 */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Longest phrase in `phrases` (folded keys) that starts at tokens[at], as its token count and key. */
function phraseAt(tokens: string[], at: number, phrases: Map<string, unknown>): { key: string; length: number } | undefined {
	for (let length = Math.min(6, tokens.length - at); length >= 1; length--) {
		const key = fold(tokens.slice(at, at + length).join(' '));
		if (phrases.has(key)) return { key, length };
	}
	return undefined;
}

/** A language's table keyed by folded words and phrases. */
interface Tables {
	sameAs: Map<string, string>;
	regions: Map<string, RegionId>;
	/** Every synonym entry, and the site's wording (its group's first entry). */
	canonical: Map<string, string>;
	stop: Set<string>;
	questions: Set<string>;
}

const prepared = new WeakMap<SearchLanguage, Tables>();

function tablesFor(lang: SearchLanguage): Tables {
	let tables = prepared.get(lang);
	if (!tables) {
		const folded = <T>(record: Record<string, T>) => new Map(Object.entries(record).map(([k, v]) => [fold(k), v]));
		const canonical = new Map<string, string>();
		for (const group of lang.synonyms) for (const entry of group) if (!canonical.has(fold(entry))) canonical.set(fold(entry), group[0]!);
		tables = {
			sameAs: folded(lang.sameAs),
			regions: folded(lang.regionNames),
			canonical,
			stop: new Set([...lang.stopWords, ...lang.questionWords].map(fold)),
			questions: new Set(lang.questionWords.map(fold)),
		};
		prepared.set(lang, tables);
	}
	return tables;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lower case, straight apostrophes, contractions opened, ambiguous place names resolved. */
function normalise(typed: string, lang: SearchLanguage): string {
	let text = typed.replace(/[‘’ʼ`´]/g, "'");
	for (const [name, { searchAs }] of Object.entries(lang.ambiguousRegionNames)) {
		// "US" in capitals is the country; "us" after "in the" too; any other "us" is the pronoun.
		text = text.replace(new RegExp(`\\b${escape(name.toUpperCase())}\\b`, 'g'), searchAs);
		const leads = lang.regionNameLeads.map(escape).join('|');
		text = text.replace(new RegExp(`\\b(${leads})\\s+${escape(name)}\\b`, 'gi'), `$1 ${searchAs}`);
	}
	text = text.toLowerCase();
	for (const [pattern, replacement] of lang.contractions) text = text.replace(pattern, replacement);
	return text;
}

/** Splits into words, keeping hyphenated words and dotted abbreviations ("opt-out", "u.s") whole. */
function tokens(text: string): string[] {
	return text
		.split(/[\s,;:!?()[\]{}"/]+/)
		.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter(Boolean);
}

function rewrite(words: string[], phrases: Map<string, unknown>, replace: (key: string) => string): string[] {
	const out: string[] = [];
	for (let i = 0; i < words.length;) {
		const match = phraseAt(words, i, phrases);
		if (match) {
			out.push(...replace(match.key).split(' '));
			i += match.length;
		} else {
			out.push(words[i]!);
			i += 1;
		}
	}
	return out;
}

/** Cleans one typed question with a language's table. An empty or blank query gives no concepts. */
export function cleanQuery(typed: string, lang: SearchLanguage): CleanQuery {
	const trimmed = typed.trim();
	if (/^".+"$/.test(trimmed)) return { exact: trimmed, concepts: [], regions: [], asks: [] };
	const t = tablesFor(lang);
	const words = rewrite(tokens(normalise(trimmed, lang)), t.sameAs, (key) => t.sameAs.get(key)!);

	const regions = new Set<RegionId>();
	for (let i = 0; i < words.length; i++) {
		const match = phraseAt(words, i, t.regions);
		if (match) {
			regions.add(t.regions.get(match.key)!);
			i += match.length - 1;
		}
	}

	const concepts: string[][] = [];
	for (let i = 0; i < words.length;) {
		const match = phraseAt(words, i, t.canonical);
		if (match) {
			const site = t.canonical.get(match.key)!;
			// As typed, a phrase keeps only its meaningful words ("get rid of" → "rid"), like the rest of the
			// question, and any word the site's wording has too ("ai" of "Meta AI" is a small word in French).
			const phrase = words.slice(i, i + match.length);
			const siteWords = new Set(fold(site).split(' '));
			const typed = phrase.filter((w) => !t.stop.has(fold(w)) || siteWords.has(fold(w))).join(' ') || phrase.join(' ');
			concepts.push(fold(site) === fold(typed) ? [site] : [typed, site]);
			i += match.length;
			continue;
		}
		const word = words[i]!;
		if (!t.stop.has(fold(word))) concepts.push([word]);
		i += 1;
	}
	// "can I" is all small words: search for them rather than for nothing.
	if (concepts.length === 0) for (const word of words) concepts.push([word]);
	const asks = [...new Set(words.map(fold).filter((w) => t.questions.has(w)))];
	return { concepts, regions: [...regions], asks };
}

/**
 * The strict searches for a cleaned query: the words as typed, then (when the synonym table
 * changed any) in the site's own wording. Each is one Pagefind term (every word must be on a page).
 */
export function strictTerms(query: CleanQuery): string[] {
	if (query.exact) return [query.exact];
	if (query.concepts.length === 0) return [];
	const typed = query.concepts.map((c) => c[0]).join(' ');
	const site = query.concepts.map((c) => c[c.length - 1]).join(' ');
	return typed === site ? [typed] : [typed, site];
}

/** The words searched for, as typed (for messages and tests). */
export function searchWords(query: CleanQuery): string[] {
	if (query.exact) return [query.exact];
	return query.concepts.flatMap((c) => c[0]!.split(' '));
}
