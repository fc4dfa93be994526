/**
 * Node-only helper for tests and build scripts: reads the settings catalogue straight from
 * content/settings/*.md (frontmatter only), checks each file against settingSchema, and returns
 * the items sorted by id. Do not import this from browser code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { settingSchema } from '../../schemas/setting';
import type { CatalogueItem } from './types';

export const DEFAULT_SETTINGS_DIR = resolve(process.cwd(), 'content/settings');

/** The YAML between the opening and closing "---" lines of a Markdown file. */
export function frontmatterOf(text: string, file = 'file'): string {
	const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	if (!match) throw new Error(`${file}: no frontmatter (the file must start with a line of three dashes)`);
	return match[1] ?? '';
}

function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Reads and checks one catalogue file. Throws with the file name when it does not fit the schema. */
export function loadCatalogueFile(path: string): CatalogueItem {
	const file = basename(path);
	const data: unknown = parseYaml(frontmatterOf(readFileSync(path, 'utf8'), file));
	const result = settingSchema.safeParse(data);
	if (!result.success) {
		const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
		throw new Error(`${file} does not fit the settings schema: ${problems}`);
	}
	const { lastVerified, ...rest } = result.data;
	return { ...rest, id: file.replace(/\.md$/, ''), lastVerified: isoDate(lastVerified) };
}

/** Every catalogue item in dir (content/settings by default), sorted by id. */
export function loadCatalogue(dir: string = DEFAULT_SETTINGS_DIR): CatalogueItem[] {
	return readdirSync(dir)
		.filter((name: string) => name.endsWith('.md'))
		.map((name: string) => loadCatalogueFile(join(dir, name)))
		.sort((a: CatalogueItem, b: CatalogueItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
