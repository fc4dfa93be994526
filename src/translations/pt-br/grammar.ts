/**
 * Brazilian Portuguese grammar the interface words share: how a region, a language or a publisher fits into a
 * sentence. Used by journey.ts and site.ts.
 */
/** "o Brasil" → "no Brasil", "a UE/EEE" → "na UE/EEE": Portuguese joins "em" with the article (see regionInSentence). */
export const em = (place: string): string => (/^(as|os|a|o) /.test(place) ? place.replace(/^(as|os|a|o) /, 'n$1 ') : `em ${place}`);

/** "a Meta" is feminine (GLOSSARY): "da Meta", "pela Meta"; other publishers are named without an article. */
export const isMeta = (publisher: string): boolean => /^Meta\b/.test(publisher);

export const de = (publisher: string): string => `${isMeta(publisher) ? 'da' : 'de'} ${publisher}`;

export const por = (publisher: string): string => `${isMeta(publisher) ? 'pela' : 'por'} ${publisher}`;

/** Language names arrive in their own language ("Deutsch"); in a Portuguese sentence they read in Portuguese. */
export const languageNames: Record<string, string> = {
	English: 'inglês',
	Deutsch: 'alemão',
	Français: 'francês',
	Español: 'espanhol',
	Italiano: 'italiano',
	'Português (Brasil)': 'português',
};
