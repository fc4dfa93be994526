/**
 * Which translation to suggest to a reader of an English page, from the languages their browser
 * asks for (navigator.languages, most wanted first). A suggestion only, never a redirect: the
 * reader chose the page they are on. Nothing is suggested when English comes first, or before any
 * language the site has.
 *
 * `offered` are the lang tags of the translations on the page ("de", "pt-BR"); a preference matches
 * a tag exactly or by its first part ("de-AT" → "de", "pt" → "pt-BR").
 */
export function suggestedLanguage(preferences: readonly string[], offered: readonly string[]): string | undefined {
	const primary = (tag: string) => tag.toLowerCase().split('-')[0];
	for (const preference of preferences) {
		if (primary(preference) === 'en') return undefined;
		const exact = offered.find((tag) => tag.toLowerCase() === preference.toLowerCase());
		const match = exact ?? offered.find((tag) => primary(tag) === primary(preference));
		if (match) return match;
	}
	return undefined;
}
