// Loads the built site's own Pagefind bundle (<site>/pagefind/pagefind.js) in Node, so the search
// tests query exactly the index and search code readers get. Node's fetch cannot read file: URLs,
// so a small shim answers those from disk; every other request goes to the real fetch.
import { readFile } from 'node:fs/promises';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pagefindOptions, type PagefindApi } from '../../src/components/search/search-engine';

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
 * The built bundle, configured like the site configures it (search-engine.ts's options). `fresh`
 * loads a separate copy with nothing cached, as a reader's first search starts.
 */
export async function loadBuiltPagefind(siteDir: string, fresh?: string): Promise<BuiltPagefind> {
	installFileFetch();
	const pagefind = (await importBundle(join(siteDir, 'pagefind', 'pagefind.js'), fresh && `pagefind-${fresh}.js`)) as BuiltPagefind;
	await pagefind.options({ ...pagefindOptions, basePath: pathToFileURL(join(siteDir, 'pagefind') + '/').href, baseUrl: '/' });
	await pagefind.init();
	return pagefind;
}
