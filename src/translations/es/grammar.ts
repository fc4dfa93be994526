/**
 * Spanish grammar the interface words share: how a region, a language or a publisher fits into a
 * sentence. Used by journey.ts and site.ts.
 */
/** Language names arrive in their own language ("Deutsch"); in a Spanish sentence they read in Spanish. */
export const languageNames: Record<string, string> = {
	English: 'inglés',
	Deutsch: 'alemán',
	Français: 'francés',
	Español: 'español',
	Italiano: 'italiano',
	'Português (Brasil)': 'portugués de Brasil',
};
