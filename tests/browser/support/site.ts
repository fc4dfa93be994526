// What the browser tests know about the built site: its pages (from the built HTML files, the
// site's real sitemap).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtHtmlFiles, urlPathOf } from '../../helpers/built-pages';

export const siteDir = resolve(process.env.SITE_DIR ?? '.test-dist');

/** Every page of the built site, as URL paths ("/", "/faq/how-do-i-opt-out/", "/404.html"). */
export const allPages: string[] = existsSync(siteDir)
	? builtHtmlFiles(siteDir)
			.map((file) => urlPathOf(siteDir, file))
			.sort((a, b) => a.localeCompare(b))
	: [];

/** The seven guide sections plus the conclusion (not the guide index). */
export const guidePages = allPages.filter((p) => /^\/guide\/[^/]+\/$/.test(p));
/** One page per FAQ entry (not the FAQ index). */
export const faqPages = allPages.filter((p) => /^\/faq\/[^/]+\/$/.test(p));

export const QUIZ = '/quiz/';
export const SEARCH = '/search/';
export const STORAGE_PREFIX = 'ig-ai-optout:';

