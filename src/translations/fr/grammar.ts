/**
 * French grammar the interface words share: how a region, a language or a publisher fits into a
 * sentence. Used by journey.ts and site.ts.
 */
/**
 * « le Royaume-Uni » → « au Royaume-Uni », « la Suisse » → « en Suisse », « l’UE/EEE » → « dans l’UE/EEE »:
 * French turns the article of regionInSentence (vocabulary.ts) into the right preposition for "in".
 */
export const dans = (place: string): string => {
	if (/^les /.test(place)) return place.replace(/^les /, 'aux ');
	if (/^le /.test(place)) return place.replace(/^le /, 'au ');
	if (/^la /.test(place)) return place.replace(/^la /, 'en ');
	if (/^l’(?!U)/.test(place)) return place.replace(/^l’/, 'en ');
	return `dans ${place}`;
};

/** « de Meta », but « d’Evrim Ağacı »: French drops the e of « de » before a vowel. */
export const de = (publisher: string): string => (/^[AEIOUYÀÂÉÈÊÎÔaeiouyàâéèêîô]/.test(publisher) ? `d’${publisher}` : `de ${publisher}`);

/** Language names arrive in their own language (« Deutsch »); in a French sentence they read in French. */
export const languageNames: Record<string, string> = {
	English: 'anglais',
	Deutsch: 'allemand',
	Français: 'français',
	Español: 'espagnol',
	Italiano: 'italien',
	'Português (Brasil)': 'portugais (Brésil)',
};
