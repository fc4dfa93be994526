import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { changeSchema } from './schemas/change';
import { faqSchema } from './schemas/faq';
import { guideSchema } from './schemas/guide';
import { pageSchema } from './schemas/page';
import { regionPageSchema } from './schemas/region';
import { settingSchema } from './schemas/setting';
import { sourceSchema } from './schemas/source';
import { tipSchema } from './schemas/tip';
import { translationSchemas } from './schemas/translation';

// Content lives outside src/ (in content/) so writers never need to touch code.
const base = (folder: string) => `./content/${folder}`;

/**
 * Translations: content/translations/<language>/<collection>/<id>.md(x), one collection per kind of
 * entry, with ids like "de/faq/how-do-i-opt-out". They hold text only (src/schemas/translation.ts).
 */
const translations = (collection: keyof typeof translationSchemas, extension: 'md' | 'mdx') =>
	defineCollection({
		loader: glob({ pattern: `*/${collection}/*.${extension}`, base: base('translations') }),
		schema: translationSchemas[collection],
	});

export const collections = {
	guide: defineCollection({ loader: glob({ pattern: '*.mdx', base: base('guide') }), schema: guideSchema }),
	faq: defineCollection({ loader: glob({ pattern: '*.mdx', base: base('faq') }), schema: faqSchema }),
	tips: defineCollection({ loader: glob({ pattern: '*.md', base: base('tips') }), schema: tipSchema }),
	settings: defineCollection({ loader: glob({ pattern: '*.md', base: base('settings') }), schema: settingSchema }),
	pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: base('pages') }), schema: pageSchema }),
	regions: defineCollection({ loader: glob({ pattern: '*.md', base: base('regions') }), schema: regionPageSchema }),
	changes: defineCollection({ loader: glob({ pattern: '*.md', base: base('changes') }), schema: changeSchema }),
	sources: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('sources') }), schema: sourceSchema }),
	guideTranslations: translations('guide', 'mdx'),
	faqTranslations: translations('faq', 'mdx'),
	pagesTranslations: translations('pages', 'mdx'),
	tipsTranslations: translations('tips', 'md'),
	settingsTranslations: translations('settings', 'md'),
	regionsTranslations: translations('regions', 'md'),
	changesTranslations: translations('changes', 'md'),
};
