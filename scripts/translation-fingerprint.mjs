// @ts-check
/**
 * What a translation was made from. Every translated file records, in `translatedFrom`, the
 * fingerprint of the English entry it translates; when the English changes, the fingerprints differ
 * and the translated page says the English page is newer.
 *
 * The fingerprint covers only what a translator translates (the fields below and the body), so an
 * English change that needs no new translation (a new source id, a re-check date, a region list)
 * does not mark every translation outdated. Plain JavaScript, so the build (through Vite) and the
 * `npm run translations` command (plain Node) share this one definition.
 */
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';

/** The languages besides English, as URL prefixes. Defined once here; src/lib/i18n/locales.ts adds the rest. */
export const TRANSLATED_LOCALES = /** @type {const} */ (['de', 'fr', 'es', 'it', 'pt-br']);

/**
 * Per collection, the frontmatter fields a translation holds. Everything else (ids, regions, ages,
 * protects, costs, sources, dates, URLs) is language-neutral and read from the English entry.
 * For lists of objects in English (a setting's `links`, a region's `metaLinks` and `authorities`),
 * a translation gives only their labels, as a list in the same order.
 */
export const TRANSLATABLE_FIELDS = /** @type {const} */ ({
	guide: ['title', 'description'],
	faq: ['question', 'shortAnswer', 'askedAs'],
	pages: ['title', 'description'],
	tips: ['title'],
	settings: ['name', 'askedAs', 'summary', 'steps', 'alternativeRoutes', 'links', 'webSteps', 'costNote', 'reversibleHow'],
	regions: ['title', 'description', 'lines', 'metaLinks', 'authorities'],
	changes: ['title', 'summary'],
});

/** @typedef {keyof typeof TRANSLATABLE_FIELDS} TranslatableCollection */

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Splits a Markdown/MDX file into its frontmatter (parsed) and body.
 * @param {string} text
 * @returns {{ data: Record<string, unknown>, body: string }}
 */
export function splitFrontmatter(text) {
	const match = FRONTMATTER.exec(text.replace(/^\uFEFF/, ''));
	if (!match) return { data: {}, body: text };
	return { data: /** @type {Record<string, unknown>} */ (parseYaml(match[1] ?? '') ?? {}), body: match[2] ?? '' };
}

/**
 * Items of a list that are written in one language on purpose (a German consumer centre's page,
 * `language: de`) are not translated, so they are left out of what a translation must match.
 * @param {unknown[]} list
 */
export function untranslatedItemsLeftOut(list) {
	return list.filter((item) => !(item && typeof item === 'object' && 'language' in item));
}

/**
 * The translatable text of one value: labels only for lists of objects (their other keys are
 * language-neutral), the value itself otherwise.
 * @param {unknown} value
 */
function translatablePart(value) {
	if (!Array.isArray(value)) return value;
	return untranslatedItemsLeftOut(value).map((item) => {
		if (item && typeof item === 'object') {
			const { label, name, steps } = /** @type {Record<string, unknown>} */ (item);
			return { label, name, steps };
		}
		return item;
	});
}

/**
 * The fingerprint of an English entry: 10 hex characters of a SHA-256 over its translatable fields
 * and its body, with line endings and trailing space normalised.
 * @param {TranslatableCollection} collection
 * @param {string} englishFileText the whole English file
 */
export function englishFingerprint(collection, englishFileText) {
	const { data, body } = splitFrontmatter(englishFileText);
	const fields = Object.fromEntries(TRANSLATABLE_FIELDS[collection].map((key) => [key, translatablePart(data[key]) ?? null]));
	const normalisedBody = body
		.replace(/\r\n/g, '\n')
		.replace(/[ \t]+$/gm, '')
		.trim();
	return createHash('sha256')
		.update(JSON.stringify([fields, normalisedBody]))
		.digest('hex')
		.slice(0, 10);
}
