/**
 * Puts a translation's text over its English entry's data. Pure: the content adapter
 * (src/data/translated.ts) feeds it entries, tests feed it objects.
 *
 * A translation holds only text. Plain fields replace the English ones; lists of objects (a
 * setting's links, a region's metaLinks and authorities, alternativeRoutes) are matched by position,
 * and only their text (label, name, steps) is taken, so a URL or source id can never differ by language.
 */
type Data = Record<string, unknown>;

const TEXT_KEYS_OF_LIST_ITEMS = ['label', 'name', 'steps'];

export class TranslationShapeError extends Error {}

export function mergeTranslation(english: Data, translation: Data, where: string): Data {
	const merged: Data = { ...english };
	for (const [key, value] of Object.entries(translation)) {
		if (key === 'translatedFrom' || value === undefined) continue;
		const original = english[key];
		if (original === undefined) {
			throw new TranslationShapeError(
				`${where}: "${key}" is translated, but the English entry has no "${key}"; remove it from the translation`,
			);
		}
		const isListOfObjects = Array.isArray(original) && original.some((item) => item !== null && typeof item === 'object');
		if (!isListOfObjects) {
			merged[key] = value;
			continue;
		}
		// Items written in one language on purpose (`language: de`) are not translated and keep their place after the others.
		const translatable = original.filter((item: Data) => !('language' in item));
		const inOneLanguage = original.filter((item: Data) => 'language' in item);
		if (!Array.isArray(value) || value.length !== translatable.length) {
			throw new TranslationShapeError(
				`${where}: "${key}" has ${Array.isArray(value) ? value.length : 0} item(s) but the English entry has ${translatable.length} to translate; translate each English item, in the same order`,
			);
		}
		merged[key] = [
			...translatable.map((item: Data, index: number) => {
				const text = Object.fromEntries(Object.entries(value[index] as Data).filter(([k]) => TEXT_KEYS_OF_LIST_ITEMS.includes(k)));
				return { ...item, ...text };
			}),
			...inOneLanguage,
		];
	}
	return merged;
}
