// Loads the built site's own Pagefind bundle (<site>/pagefind/pagefind.js) in Node, so the search
// tests query exactly the index and search code readers get. Node's fetch cannot read file: URLs,
// so a small shim answers those from disk; every other request goes to the real fetch.
import { readFile } from 'node:fs/promises';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pagefindOptions, type PagefindApi } from '../../src/components/search/search-engine';
import type { Locale } from '../../src/lib/i18n/locales';

/** The search test set of a language (English has the original one, issue 12). */
export const questionFile = (locale: Locale) => (locale === 'en' ? 'tests/search/questions.yaml' : `tests/search/questions.${locale}.yaml`);

let installed = false;
/** Every file the built bundles have read through fetch, in order (for the first-search byte count). */
export const fetchedFiles: string[] = [];

function installFileFetch(): void {
	if (installed) return;
	installed = true;
	const realFetch = globalThis.fetch;
	globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = input instanceof Request ? input.url : String(input);
		if (!url.startsWith('file:')) return realFetch(input, init);
		try {
			const file = fileURLToPath(url.split('?')[0]!);
			fetchedFiles.push(file);
			return new Response(await readFile(file));
		} catch {
			return new Response(null, { status: 404 });
		}
	}) as typeof fetch;
}

/**
 * Imports pagefind.js through Vitest's module runner. Under jsdom the runner only loads files inside
 * the project, so a build elsewhere (SITE_DIR=/tmp/...) is imported from a copy in node_modules/.cache.
 * The copy is the same file; its index is still read from the build (basePath below).
 */
async function importBundle(file: string, copyName?: string): Promise<unknown> {
	const path = resolve(file);
	const inside = !relative(process.cwd(), path).startsWith('..');
	if (inside && !copyName) return import(/* @vite-ignore */ `/@fs${path.split(sep).join('/')}`);
	const copy = resolve(`node_modules/.cache/search-tests/${copyName ?? 'pagefind.js'}`);
	mkdirSync(dirname(copy), { recursive: true });
	copyFileSync(path, copy);
	return import(/* @vite-ignore */ `/@fs${copy.split(sep).join('/')}`);
}

export interface BuiltPagefind extends PagefindApi {
	destroy: () => Promise<void>;
}

/**
 * Runs `start` while the document says <html lang="{tag}">: pagefind.js reads the page's lang when it
 * starts, synchronously, to pick its language's index, and a browser page always has one. In Node
 * there is no document, so a minimal one stands in; under jsdom the real one gets the attribute.
 */
function withHtmlLang<T>(tag: string, start: () => T): T {
	const global = globalThis as { document?: unknown };
	if (global.document && typeof (global.document as Document).documentElement?.setAttribute === 'function') {
		const html = (global.document as Document).documentElement;
		const before = html.getAttribute('lang');
		html.setAttribute('lang', tag);
		try {
			return start();
		} finally {
			if (before === null) html.removeAttribute('lang');
			else html.setAttribute('lang', before);
		}
	}
	const had = 'document' in global;
	const previous = global.document;
	global.document = { querySelector: (selector: string) => (selector === 'html' ? { getAttribute: () => tag } : null) };
	try {
		return start();
	} finally {
		if (had) global.document = previous;
		else delete global.document;
	}
}

/**
 * The built bundle, configured like the site configures it (search-engine.ts's options), searching
 * the index of one language as a page with <html lang={tag}> does ("en", "de", "pt-BR"). `fresh`
 * loads a separate copy with nothing cached, as a reader's first search starts.
 */
export async function loadBuiltPagefind(siteDir: string, fresh?: string, tag = 'en'): Promise<BuiltPagefind> {
	installFileFetch();
	// pagefind.js keeps one instance per loaded module: another language needs its own copy.
	const copy = fresh ?? (tag === 'en' ? undefined : `lang-${tag}`);
	const pagefind = (await importBundle(join(siteDir, 'pagefind', 'pagefind.js'), copy && `pagefind-${copy}.js`)) as BuiltPagefind;
	await pagefind.options({ ...pagefindOptions, basePath: pathToFileURL(join(siteDir, 'pagefind') + '/').href, baseUrl: '/' });
	await withHtmlLang(tag, () => pagefind.init());
	return pagefind;
}
