// The pages of a built site, read from disk once and parsed once, for every site test.
// Each page's DOM is parsed the first time a test asks for it and then kept, so a check that needs
// only the HTML text never pays for a parse, and two files that both query the DOM share one.
// (The "site" Vitest project runs its files with isolate: false, so this cache lives for the whole run
// in each worker rather than for one file.) The documents are shared: read them, never change them.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { builtHtmlFiles, urlPathOf } from './built-pages';

export interface BuiltPage {
	/** URL path, e.g. "/guide/privacy-implications/". */
	path: string;
	file: string;
	html: string;
	/** The parsed page (jsdom, no scripts run). Shared between tests: do not modify it. */
	readonly doc: Document;
}

const cache = new Map<string, BuiltPage[]>();

function readPage(siteDir: string, file: string): BuiltPage {
	const html = readFileSync(file, 'utf8');
	let doc: Document | undefined;
	return {
		path: urlPathOf(siteDir, file),
		file,
		html,
		get doc() {
			doc ??= new JSDOM(html).window.document;
			return doc;
		},
	};
}

/** Every HTML page of the site built into `siteDir`, sorted by path. */
export function builtPages(siteDir: string): BuiltPage[] {
	let pages = cache.get(siteDir);
	if (!pages) {
		pages = builtHtmlFiles(siteDir)
			.map((file) => readPage(siteDir, file))
			.sort((a, b) => a.path.localeCompare(b.path));
		cache.set(siteDir, pages);
	}
	return pages;
}
