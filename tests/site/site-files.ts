// Reads the built site for the "site" tests: every HTML page, read and parsed once for all of them
// (see tests/helpers/built-site.ts; use `page.doc` rather than parsing `page.html` again).
import { inject } from 'vitest';
import { builtPages, type BuiltPage } from '../helpers/built-site';

export type { BuiltPage };

export const siteDir = inject('siteDir');

export const pages: BuiltPage[] = builtPages(siteDir);

export function page(path: string): BuiltPage {
	const found = pages.find((p) => p.path === path);
	if (!found) throw new Error(`No built page at ${path}`);
	return found;
}
