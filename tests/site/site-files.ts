// Reads the built site for the "site" tests: every HTML page, parsed once.
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { builtHtmlFiles, urlPathOf } from '../helpers/built-pages';

export const siteDir = inject('siteDir');

export interface BuiltPage {
	/** URL path, e.g. "/guide/privacy-implications/". */
	path: string;
	file: string;
	html: string;
}

export const pages: BuiltPage[] = builtHtmlFiles(siteDir)
	.map((file) => ({ path: urlPathOf(siteDir, file), file, html: readFileSync(file, 'utf8') }))
	.sort((a, b) => a.path.localeCompare(b.path));

export function page(path: string): BuiltPage {
	const found = pages.find((p) => p.path === path);
	if (!found) throw new Error(`No built page at ${path}`);
	return found;
}
