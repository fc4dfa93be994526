/**
 * Composes the optional reason a reader can paste into Meta's objection form, from a few choices
 * and their own words. Pure and shared: the region page renders the choices at build time and the
 * browser script calls the same function, so what the page promises is what the script does.
 */

export interface ReasonChoice {
	id: string;
	/** What the reader ticks, in their terms ("I am an artist or photographer"). */
	label: string;
	/** The sentence it adds to the reason, in the first person. */
	sentence: string;
}

export function composeReason(opening: string, choices: readonly ReasonChoice[], chosen: readonly string[], ownWords = ''): string {
	const sentences = choices.filter((c) => chosen.includes(c.id)).map((c) => c.sentence);
	const own = ownWords.trim();
	if (sentences.length === 0 && own === '') return '';
	return [opening, ...sentences, ...(own ? [own] : [])].join(' ');
}
