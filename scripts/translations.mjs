// @ts-check
/**
 * npm run translations            Lists, per language, which translations are current, outdated or missing.
 * npm run translations -- stamp F  Records in each translated file F the fingerprint of its English entry
 *                                  (`translatedFrom`). Run it after translating or re-checking F against
 *                                  the English: it says "this translation matches the English as it is now".
 *
 * Translated files live in content/translations/<language>/<collection>/<id>.md(x), next to nothing
 * else; the English entry is content/<collection>/<id>.md(x). See content/translations/README.md.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { englishFingerprint, splitFrontmatter, TRANSLATABLE_FIELDS, TRANSLATED_LOCALES } from './translation-fingerprint.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const content = join(root, 'content');
const collections = /** @type {(keyof typeof TRANSLATABLE_FIELDS)[]} */ (Object.keys(TRANSLATABLE_FIELDS));
const isEntryFile = (/** @type {string} */ name) => /\.mdx?$/.test(name) && name !== 'README.md';

/** @param {string} translatedPath */
function englishPathFor(translatedPath) {
	const [locale = '', collection = '', name = '', ...rest] = relative(join(content, 'translations'), resolve(translatedPath)).split(
		/[\\/]/,
	);
	if (
		rest.length > 0 ||
		!name ||
		!TRANSLATED_LOCALES.includes(/** @type {any} */ (locale)) ||
		!collections.includes(/** @type {any} */ (collection))
	) {
		throw new Error(
			`${translatedPath}: not a translation file (expected content/translations/<${TRANSLATED_LOCALES.join('|')}>/<collection>/<id>.md(x))`,
		);
	}
	const english = join(content, collection, name);
	if (!existsSync(english)) throw new Error(`${translatedPath}: there is no English entry ${relative(root, english)} for it to translate`);
	return { collection: /** @type {keyof typeof TRANSLATABLE_FIELDS} */ (collection), english };
}

/** @param {string[]} files */
function stamp(files) {
	if (files.length === 0)
		throw new Error('stamp needs the translated files to stamp, for example content/translations/de/faq/how-do-i-opt-out.mdx');
	for (const file of files) {
		const { collection, english } = englishPathFor(file);
		const fingerprint = englishFingerprint(collection, readFileSync(english, 'utf8'));
		const text = readFileSync(file, 'utf8');
		if (!text.startsWith('---')) throw new Error(`${file}: has no frontmatter (it must start with ---)`);
		// Quoted: a fingerprint of digits only would otherwise be read by YAML as a number.
		const line = `translatedFrom: "${fingerprint}"`;
		const stamped = /^translatedFrom:.*$/m.test(text.split(/\n---/)[0] ?? '')
			? text.replace(/^translatedFrom:.*$/m, line)
			: text.replace(/^---\r?\n/, `---\n${line}\n`);
		writeFileSync(file, stamped);
		console.log(`${relative(root, file)}: translatedFrom ${fingerprint}`);
	}
}

function status() {
	let outdatedOrMissing = 0;
	for (const locale of TRANSLATED_LOCALES) {
		const counts = { current: 0, outdated: 0, missing: 0 };
		const lines = [];
		for (const collection of collections) {
			const dir = join(content, collection);
			for (const name of readdirSync(dir).filter(isEntryFile).sort()) {
				const translated = join(content, 'translations', locale, collection, name);
				if (!existsSync(translated)) {
					counts.missing++;
					lines.push(`  missing   ${collection}/${name}`);
					continue;
				}
				const recorded = String(splitFrontmatter(readFileSync(translated, 'utf8')).data.translatedFrom);
				if (recorded === englishFingerprint(collection, readFileSync(join(dir, name), 'utf8'))) counts.current++;
				else {
					counts.outdated++;
					lines.push(`  outdated  ${collection}/${name}`);
				}
			}
		}
		outdatedOrMissing += counts.outdated + counts.missing;
		console.log(`${locale}: ${counts.current} current, ${counts.outdated} outdated, ${counts.missing} missing`);
		if (process.argv.includes('--list')) lines.forEach((line) => console.log(line));
	}
	if (outdatedOrMissing > 0 && !process.argv.includes('--list')) console.log('Add --list to see which.');
}

const [command, ...rest] = process.argv.slice(2);
try {
	if (command === 'stamp') stamp(rest);
	else if (!command || command === 'status' || command === '--list') status();
	else throw new Error(`unknown command "${command}": use "status" (the default) or "stamp FILE..."`);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
