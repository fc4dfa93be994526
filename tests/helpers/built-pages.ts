// The pages of a built site: every HTML file (outside /_astro/ and /pagefind/) and the URL path
// it is served at. Shared by the Vitest site tests and the Playwright browser tests.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function builtHtmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : builtHtmlFiles(full);
		return entry.name.endsWith('.html') ? [full] : [];
	});
}

/** "/guide/x/" for <siteDir>/guide/x/index.html, "/404.html" for <siteDir>/404.html. */
export function urlPathOf(siteDir: string, file: string): string {
	const rel = relative(siteDir, file).split(sep).join('/');
	if (rel === 'index.html') return '/';
	if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
	return `/${rel}`;
}
