// Reads the built site for the "site" tests: every HTML page, parsed once.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inject } from 'vitest';

export const siteDir = inject('siteDir');

export interface BuiltPage {
	/** URL path, e.g. "/guide/privacy-implications/". */
	path: string;
	file: string;
	html: string;
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(full);
		return entry.name.endsWith('.html') ? [full] : [];
	});
}

function urlPathOf(file: string): string {
	const rel = relative(siteDir, file).split(sep).join('/');
	if (rel === 'index.html') return '/';
	if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
	return `/${rel}`;
}

export const pages: BuiltPage[] = walk(siteDir)
	.map((file) => ({ path: urlPathOf(file), file, html: readFileSync(file, 'utf8') }))
	.sort((a, b) => a.path.localeCompare(b.path));

export function page(path: string): BuiltPage {
	const found = pages.find((p) => p.path === path);
	if (!found) throw new Error(`No built page at ${path}`);
	return found;
}
