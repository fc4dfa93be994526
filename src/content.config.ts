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

// Content lives outside src/ (in content/) so writers never need to touch code.
const base = (folder: string) => `./content/${folder}`;

export const collections = {
	guide: defineCollection({ loader: glob({ pattern: '*.mdx', base: base('guide') }), schema: guideSchema }),
	faq: defineCollection({ loader: glob({ pattern: '*.mdx', base: base('faq') }), schema: faqSchema }),
	tips: defineCollection({ loader: glob({ pattern: '*.md', base: base('tips') }), schema: tipSchema }),
	settings: defineCollection({ loader: glob({ pattern: '*.md', base: base('settings') }), schema: settingSchema }),
	pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: base('pages') }), schema: pageSchema }),
	regions: defineCollection({ loader: glob({ pattern: '*.md', base: base('regions') }), schema: regionPageSchema }),
	changes: defineCollection({ loader: glob({ pattern: '*.md', base: base('changes') }), schema: changeSchema }),
	sources: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('sources') }), schema: sourceSchema }),
};
