// Which page template (Astro route file in src/pages/) made each built page, so checks that cost a
// browser run per page (axe, layout, console, no-JavaScript) can run once per template plus a small
// sample, and still cover every kind of page as the site grows (more FAQ entries, more languages).
// Astro's own rule decides: a static route (guide/conclusion.astro) wins over a dynamic one
// (guide/[slug].astro) for the same address.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface Route {
	/** The route file, e.g. "faq/[id].astro". */
	file: string;
	pattern: RegExp;
	/** Static routes first, then dynamic ones with fewer parameters, then rest parameters. */
	rank: number;
}

function routeFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return routeFiles(full);
		return /\.(astro|md|mdx|ts|js)$/.test(entry.name) && !entry.name.startsWith('_') ? [full] : [];
	});
}

/** "faq/[id].astro" → /^\/faq\/[^/]+\/$/ ; "index.astro" → /^\/$/ ; "404.astro" → /^\/404(\.html|\/)$/ */
export function routeOf(file: string): Route {
	const withoutExt = file.replace(/\.[a-z]+$/, '');
	const segments = withoutExt.split('/').filter((s, i, all) => !(s === 'index' && i === all.length - 1));
	let rank = 0;
	// A leading [...locale] is the language prefix (/de/, /pt-br/ or none), one optional segment;
	// it is not a catch-all, so it does not lower the route's rank.
	const localePrefix = segments[0] === '[...locale]';
	if (localePrefix) segments.shift();
	const parts = segments.map((segment) => {
		if (/^\[\.\.\.[^\]]+\]$/.test(segment)) {
			rank += 100;
			return '.*';
		}
		return segment.replace(/\[[^\]]+\]|[.*+?^${}()|\\]/g, (m) => {
			if (m.startsWith('[')) {
				rank += 1;
				return '[^/]+';
			}
			return `\\${m}`;
		});
	});
	const body = parts.length === 0 ? '/' : `/${parts.join('/')}/`;
	// The 404 page is built as /404.html.
	const path = body === '/404/' ? '/404(?:\\.html|/)' : body.replace('/.*/', '(?:/.*)?/');
	const source = localePrefix ? `(?:/[a-z]{2}(?:-[a-z]{2})?)?${path}` : path;
	return { file, pattern: new RegExp(`^${source}$`), rank };
}

export function readRoutes(pagesDir: string): Route[] {
	return routeFiles(pagesDir)
		.map((full) => routeOf(relative(pagesDir, full).split(sep).join('/')))
		.sort((a, b) => a.rank - b.rank || a.file.localeCompare(b.file));
}

/**
 * Groups page paths by the route that built them; pages no route matches are grouped as "unknown".
 * With `locales` (path prefixes such as "de", "pt-br"), one template in two languages counts as two,
 * so a sample has a page of every template in every language, whichever way the routes are written.
 */
export function pagesByTemplate(paths: string[], routes: Route[], locales: readonly string[] = []): Map<string, string[]> {
	const groups = new Map<string, string[]>();
	for (const path of [...paths].sort()) {
		const route = routes.find((r) => r.pattern.test(path))?.file ?? 'unknown';
		const locale = locales.find((l) => path.startsWith(`/${l}/`));
		const key = route === 'unknown' || !locale ? route : `${route} (${locale})`;
		groups.set(key, [...(groups.get(key) ?? []), path]);
	}
	return groups;
}

/**
 * One page of every template, plus `extra` more spread evenly over the templates with many pages
 * (the same ones every run, so a failure can be repeated). All pages when `extra` is Infinity.
 */
export function samplePages(groups: Map<string, string[]>, extra: number): string[] {
	if (extra === Infinity) return [...groups.values()].flat().sort();
	const chosen = new Set([...groups.values()].map((paths) => paths[0]!));
	const rest = [...groups.values()].flatMap((paths) => paths.slice(1));
	const step = rest.length / Math.max(1, extra);
	for (let i = 0; i < Math.min(extra, rest.length); i++) chosen.add(rest[Math.floor(i * step + step / 2)]!);
	return [...chosen].sort();
}

/**
 * The same groups with each template kept in only `perTemplate` of the translated languages, taking
 * the languages in turn from one template to the next, so every language is sampled as often as the
 * others and every template is checked in some translation. English groups (no "(locale)") all stay.
 * For checks whose cost is per page and whose findings rarely depend on the language (axe).
 */
export function languagesInTurn(groups: Map<string, string[]>, locales: readonly string[], perTemplate: number): Map<string, string[]> {
	const routeOf = (key: string) => key.replace(/ \([a-z-]+\)$/, '');
	const routes = [...new Set([...groups.keys()].map(routeOf))].sort();
	return new Map(
		[...groups].filter(([key]) => {
			const locale = / \(([a-z-]+)\)$/.exec(key)?.[1];
			if (!locale) return true;
			const first = routes.indexOf(routeOf(key)) * perTemplate;
			const turn = Array.from({ length: perTemplate }, (_, i) => locales[(first + i) % locales.length]);
			return turn.includes(locale);
		}),
	);
}
