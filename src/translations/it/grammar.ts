/**
 * Italian grammar the interface words share: how a region, a language or a publisher fits into a
 * sentence. Used by journey.ts and site.ts.
 */
/** Countries that take plain "in" in Italian ("in Svizzera", "in Brasile", "in Australia"). */
export const PLAIN_IN = /^(la Svizzera|il Brasile|l[’']Australia)$/;

/**
 * "l’UE/SEE" → "nell’UE/SEE", "il Regno Unito" → "nel Regno Unito", "la Svizzera" → "in Svizzera":
 * Italian joins "in" with the article (see regionInSentence in vocabulary.ts).
 */
export const nel = (place: string): string => {
	if (PLAIN_IN.test(place)) return `in ${place.replace(/^(il |la |l[’'])/, '')}`;
	if (/^il /.test(place)) return place.replace(/^il /, 'nel ');
	if (/^la /.test(place)) return place.replace(/^la /, 'nella ');
	if (/^gli /.test(place)) return place.replace(/^gli /, 'negli ');
	if (/^i /.test(place)) return place.replace(/^i /, 'nei ');
	if (/^lo /.test(place)) return place.replace(/^lo /, 'nello ');
	if (/^l[’']/.test(place)) return place.replace(/^l[’']/, 'nell’');
	return `in ${place}`;
};

/** Language names arrive in their own language ("Deutsch"); in an Italian sentence they read in Italian. */
export const languageNames: Record<string, string> = {
	English: 'inglese',
	Deutsch: 'tedesco',
	Français: 'francese',
	Español: 'spagnolo',
	Italiano: 'italiano',
	'Português (Brasil)': 'portoghese (Brasile)',
};
