/**
 * The pages a change-log entry says it changed (`affects`), written as site paths such as
 * "/guide/data-usage-control/", "/faq/how-do-i-opt-out/", "/settings/private-account/" or "/tips/".
 * Paths rather than bare ids, because a path is what the reader follows and what a link checker sees.
 *
 * Parsing is pure; whether the page exists is asked of a `fileExists` callback, so the schema can use
 * the file system (astro sync, unit tests) and tests can use a fake.
 */

/** Collections that have one page per entry, and where their files live. */
export const ENTRY_ROUTES = {
	guide: { folder: 'content/guide', extension: '.mdx' },
	faq: { folder: 'content/faq', extension: '.mdx' },
	settings: { folder: 'content/settings', extension: '.md' },
} as const;
export type EntryCollection = keyof typeof ENTRY_ROUTES;

export type AffectsTarget = { kind: 'entry'; path: string; collection: EntryCollection; id: string } | { kind: 'page'; path: string };

const PATH = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/;
const EXAMPLES = '"/guide/data-usage-control/", "/faq/how-do-i-opt-out/", "/settings/private-account/" or "/tips/"';

/** Reads a target, or returns a sentence saying what is wrong with how it is written. */
export function parseAffectsTarget(target: string): AffectsTarget | { error: string } {
	if (!PATH.test(target)) {
		return { error: `"${target}" is not a site path: write it like ${EXAMPLES} (lowercase, starting and ending with "/")` };
	}
	const parts = target.split('/').filter(Boolean);
	if (parts.length === 2 && parts[0]! in ENTRY_ROUTES) {
		return { kind: 'entry', path: target, collection: parts[0] as EntryCollection, id: parts[1]! };
	}
	return { kind: 'page', path: target };
}

/** Where the pages that exist in every language live (English at /, the others under /de/ …). */
const PAGES = 'src/pages/[...locale]';

/** Files that could make a fixed page at `path` (in every language). */
export function pageFilesFor(path: string): string[] {
	if (path === '/') return [`${PAGES}/index.astro`];
	const bare = path.slice(1, -1);
	return ['.astro', '.md', '.mdx'].flatMap((ext) => [`${PAGES}/${bare}${ext}`, `${PAGES}/${bare}/index${ext}`]);
}

/** Files that could make the page a target points at (content entry, or a fixed page for e.g. /guide/conclusion/). */
export function filesFor(target: AffectsTarget): string[] {
	if (target.kind === 'page') return pageFilesFor(target.path);
	const route = ENTRY_ROUTES[target.collection];
	return [`${route.folder}/${target.id}${route.extension}`, ...pageFilesFor(target.path)];
}

/** Null when the target is a page of this site; otherwise a readable reason. */
export function affectsTargetProblem(target: string, fileExists: (file: string) => boolean): string | null {
	const parsed = parseAffectsTarget(target);
	if ('error' in parsed) return parsed.error;
	const files = filesFor(parsed);
	if (files.some(fileExists)) return null;
	return `"${target}" is not a page of this site: there is no ${files[0]} (pages look like ${EXAMPLES})`;
}
