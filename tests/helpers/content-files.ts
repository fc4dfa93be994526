// Reads content/ straight from disk for unit tests, validating each file with the same zod schema
// the build uses, so a test failure names the file just like a build failure would.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';

export interface ContentFile<T> {
	id: string;
	file: string;
	data: T;
	body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function splitFrontmatter(text: string, file: string): { frontmatter: unknown; body: string } {
	if (file.endsWith('.yaml')) return { frontmatter: parseYaml(text), body: '' };
	const match = FRONTMATTER.exec(text);
	if (!match) throw new Error(`${file}: no frontmatter block (--- ... ---) at the top`);
	return { frontmatter: parseYaml(match[1]!), body: match[2]! };
}

export function readCollection<S extends z.ZodType>(folder: string, extension: string, schema: S): ContentFile<z.infer<S>>[] {
	const dir = join('content', folder);
	return readdirSync(dir)
		.filter((name) => extname(name) === extension)
		.sort()
		.map((name) => {
			const file = join(dir, name);
			const { frontmatter, body } = splitFrontmatter(readFileSync(file, 'utf8'), file);
			const parsed = schema.safeParse(frontmatter);
			if (!parsed.success) {
				const problems = parsed.error.issues.map((i) => `field "${i.path.join('.')}": ${i.message}`).join('; ');
				throw new Error(`${file}: ${problems}`);
			}
			return { id: basename(name, extension), file, data: parsed.data, body };
		});
}
