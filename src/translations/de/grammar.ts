/**
 * German grammar the interface words share: how a region, a language or a publisher fits into a
 * sentence. Used by journey.ts and site.ts.
 */
/**
 * "die Schweiz" → "in der Schweiz", "die USA" → "in den USA": German puts a region after "in" in the
 * dative. The names come from regionInSentence in ./vocabulary.ts; others simply get "in".
 */
export const DATIVE: Record<string, string> = {
	'die EU oder der EWR': 'in der EU oder im EWR',
	'das Vereinigte Königreich': 'im Vereinigten Königreich',
	'die Schweiz': 'in der Schweiz',
	'die USA': 'in den USA',
	'ein Land, das hier nicht aufgeführt ist': 'in einem Land, das hier nicht aufgeführt ist',
};

export const inRegion = (place: string): string => DATIVE[place] ?? `in ${place}`;

/** Language names arrive in their own language ("Français"); in a German sentence they read in German. */
export const languageNames: Record<string, string> = {
	English: 'Englisch',
	Deutsch: 'Deutsch',
	Français: 'Französisch',
	Español: 'Spanisch',
	Italiano: 'Italienisch',
	'Português (Brasil)': 'Portugiesisch (Brasilien)',
};

export const languageName = (language: string): string => languageNames[language] ?? language;
