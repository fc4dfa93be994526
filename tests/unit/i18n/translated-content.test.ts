// What a translation must keep from its English entry: every link, citation and component, and
// roughly its length (in place of the English reading-grade gate, which does not apply to other
// languages). Reads content/translations/ from disk with the build's own schemas.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSLATED_LOCALES } from '../../../src/lib/i18n/locales';
import { mergeTranslation } from '../../../src/lib/i18n/merge';
import { translationSchemas } from '../../../src/schemas/translation';
import { splitFrontmatter } from '../../helpers/content-files';

type Collection = keyof typeof translationSchemas;

interface Pair {
	locale: string;
	collection: Collection;
	file: string;
	english: { data: Record<string, unknown>; body: string };
	translated: { data: Record<string, unknown>; body: string };
}

function readPairs(): Pair[] {
	return TRANSLATED_LOCALES.flatMap((locale) =>
		(Object.keys(translationSchemas) as Collection[]).flatMap((collection) => {
			const dir = join('content/translations', locale, collection);
			if (!existsSync(dir)) return [];
			return readdirSync(dir)
				.filter((name) => /\.mdx?$/.test(name))
				.map((name) => {
					const file = join(dir, name);
					const englishFile = join('content', collection, name);
					const read = (path: string) => {
						const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'), path);
						return { data: frontmatter as Record<string, unknown>, body };
					};
					return {
						locale,
						collection,
						file,
						english: existsSync(englishFile) ? read(englishFile) : { data: {}, body: '' },
						translated: read(file),
					};
				});
		}),
	);
}

const pairs = readPairs();
const byFile = pairs.map((p) => [p.file, p] as const);

/** Site paths of Markdown links and hrefs, and the ids of citations and setting links, in order of first use. */
const linkTargets = (body: string) =>
	[...new Set([...body.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map((m) => m[1] ?? m[2]))].sort();
const citations = (body: string) => [...new Set([...body.matchAll(/<(?:Cite|SettingLink)\s+id="([^"]+)"/g)].map((m) => m[1]))].sort();
const components = (body: string) => (body.match(/<(Aside|Cite|SettingLink)\b/g) ?? []).length;
/** The prose of a body: no markup, links or components. */
const prose = (body: string) =>
	body
		.replace(/<[^>]+>/g, '')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[#*_[\]`>-]/g, '')
		.replace(/\s+/g, ' ')
		.trim();

describe('translated content', () => {
	it('exists for every language', () => {
		for (const locale of TRANSLATED_LOCALES) expect(pairs.filter((p) => p.locale === locale).length, locale).toBeGreaterThan(0);
	});

	it.each(byFile)('%s translates an English entry that exists', (_file, pair) => {
		expect(Object.keys(pair.english.data).length).toBeGreaterThan(0);
	});

	it.each(byFile)('%s matches its schema and fits over the English entry', (file, pair) => {
		const parsed = translationSchemas[pair.collection].safeParse(pair.translated.data);
		expect(parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []).toEqual([]);
		expect(() => mergeTranslation(pair.english.data, pair.translated.data, file)).not.toThrow();
	});

	it.each(byFile)('%s keeps every link, citation and component of the English', (_file, pair) => {
		expect(linkTargets(pair.translated.body)).toEqual(linkTargets(pair.english.body));
		expect(citations(pair.translated.body)).toEqual(citations(pair.english.body));
		expect(components(pair.translated.body)).toBe(components(pair.english.body));
	});

	it.each(byFile)('%s is about as long as the English: nothing left out, nothing added', (_file, pair) => {
		const english = prose(pair.english.body).length;
		if (english < 80) return; // a one-line body: too short for a ratio to mean anything
		const ratio = prose(pair.translated.body).length / english;
		expect(ratio).toBeGreaterThanOrEqual(0.6);
		expect(ratio).toBeLessThanOrEqual(1.9);
	});
});
