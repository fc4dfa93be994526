// What the browser tests know about the built site: its pages (from the built HTML files, the
// site's real sitemap) and whether optional parts (quiz, search page) exist in this build.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const siteDir = resolve(process.env.SITE_DIR ?? '.test-dist');

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

/** Every page of the built site, as URL paths ("/", "/faq/how-do-i-opt-out/", "/404.html"). */
export const allPages: string[] = existsSync(siteDir)
	? walk(siteDir)
			.map(urlPathOf)
			.sort((a, b) => a.localeCompare(b))
	: [];

/** True when the build has a page at this URL path. */
export function hasPage(path: string): boolean {
	return allPages.includes(path);
}

/** The seven guide sections plus the conclusion (not the guide index). */
export const guidePages = allPages.filter((p) => /^\/guide\/[^/]+\/$/.test(p));
/** One page per FAQ entry (not the FAQ index). */
export const faqPages = allPages.filter((p) => /^\/faq\/[^/]+\/$/.test(p));

export const QUIZ = '/quiz/';
export const SEARCH = '/search/';
export const STORAGE_PREFIX = 'ig-ai-optout:';

export const quizMissing = !hasPage(QUIZ);
export const QUIZ_SKIP_REASON = 'the quiz page (/quiz/index.html) is not in this build yet';
export const searchMissing = !hasPage(SEARCH);
export const SEARCH_SKIP_REASON = 'the search page (/search/index.html) is not in this build yet';
