// All of content/, read once from disk and validated (see content-files.ts).
import { changeSchema } from '../../src/schemas/change';
import { faqSchema } from '../../src/schemas/faq';
import { guideSchema } from '../../src/schemas/guide';
import { pageSchema } from '../../src/schemas/page';
import { regionPageSchema } from '../../src/schemas/region';
import { settingSchema } from '../../src/schemas/setting';
import { sourceSchema } from '../../src/schemas/source';
import { tipSchema } from '../../src/schemas/tip';
import { readCollection } from './content-files';

export const sources = readCollection('sources', '.yaml', sourceSchema);
export const guide = readCollection('guide', '.mdx', guideSchema).sort((a, b) => a.data.order - b.data.order);
export const faq = readCollection('faq', '.mdx', faqSchema);
export const tips = readCollection('tips', '.md', tipSchema);
export const settings = readCollection('settings', '.md', settingSchema);
export const sitePages = readCollection('pages', '.mdx', pageSchema);
export const changes = readCollection('changes', '.md', changeSchema);
export const regionPages = readCollection('regions', '.md', regionPageSchema);

/** Every file that carries prose a reader sees, with its text. */
export const proseFiles = [...guide, ...faq, ...tips, ...settings, ...sitePages, ...changes, ...regionPages].map((f) => ({
	file: f.file,
	text: `${JSON.stringify(f.data)}\n${f.body}`,
}));
