/**
 * What the search needs to know about one language to turn a typed question into search words.
 * One table per language (en.ts, de.ts, fr.ts, es.ts, it.ts, pt-br.ts; ./index.ts picks one by the
 * page's locale), so the clean-up code in ../query.ts never spells a word of any language itself.
 * Words and phrases are compared without accents (query.ts `fold`), so "rückgängig" also catches a
 * phone-typed "ruckgangig"; write them with their accents, as the pages do.
 */

/** Region ids as the content uses them (the region filter's values). */
export type RegionId = string;

export interface SearchLanguage {
	/** The site locale of the pages this table is for, as in their URL prefix ("en", "pt-br"). */
	locale: string;
	/**
	 * Shortened forms opened up before the words are split ("don't" → "do not"), applied in order
	 * to lower-case text with straight apostrophes. Keep "not": it often decides the answer.
	 */
	contractions: [RegExp, string][];
	/** Words that ask rather than say ("how", "why"): dropped, since the answer page rarely repeats them. */
	questionWords: string[];
	/** Words that carry no meaning in a question ("the", "my", "can"): dropped unless nothing else is left. */
	stopWords: string[];
	/**
	 * Ways people say the same thing. The first entry of each group is the wording the site's pages
	 * use; a query that says any other entry is also searched with that one. Entries may be phrases.
	 */
	synonyms: string[][];
	/**
	 * Place names (lower case, may be phrases) and the region id they mean. A region a question names
	 * lifts the pages specific to that region; the name itself stays a search word.
	 */
	regionNames: Record<string, RegionId>;
	/** Words (or phrases) rewritten to the wording the pages use before anything else ("usa" → "united states"). */
	sameAs: Record<string, string>;
	/**
	 * Names that are also ordinary words ("us"): they mean the region only when written in capitals
	 * ("US") or after one of `regionNameLeads` ("in the us"). Otherwise they are stop words.
	 */
	ambiguousRegionNames: Record<string, { region: RegionId; searchAs: string }>;
	/** Words that, before an ambiguous name, show it is a place ("the", "in"). */
	regionNameLeads: string[];
	/**
	 * How many first letters two words share to be one word when search compares the reader's question
	 * with a page's own question (4 when not given: "photo"/"photos", "nutzt"/"nutzen"). Languages
	 * whose different words often share four letters use 5 ("contas"/"continuar").
	 */
	sameWordLetters?: number;
}
