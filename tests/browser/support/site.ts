// What the browser tests know about the built site: its pages (from the built HTML files, the
// site's real sitemap), grouped by the template (route file in src/pages/) that made them.
//
// Checks that cost a browser run per page (axe, layout, console, no-JavaScript) run on `samplePaths`:
// one page of every template plus a few more, the same ones every run. Set PAGE_SAMPLE=all to run
// them on every page, or PAGE_SAMPLE=<n> for n extra pages. The privacy guard visits every page.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtHtmlFiles, urlPathOf } from '../../helpers/built-pages';
import { TRANSLATED_LOCALES } from '../../../src/lib/i18n/locales';
import { languagesInTurn, pagesByTemplate, readRoutes, samplePages } from '../../helpers/page-templates';

export const siteDir = resolve(process.env.SITE_DIR ?? '.test-dist');

/** Every page of the built site, as URL paths ("/", "/faq/how-do-i-opt-out/", "/404.html"). */
export const allPages: string[] = existsSync(siteDir)
	? builtHtmlFiles(siteDir)
			.map((file) => urlPathOf(siteDir, file))
			.sort((a, b) => a.localeCompare(b))
	: [];

/** The site's languages other than English, as path prefixes ("de" for /de/...): each template is sampled once per language. */
const LOCALES: readonly string[] = TRANSLATED_LOCALES;

/** Built pages by the route file (and language) that made them ("faq/[id].astro" → its pages). */
export const templates = pagesByTemplate(allPages, readRoutes(resolve('src/pages')), LOCALES);

const EXTRA_PAGES = 4;
const requested = process.env.PAGE_SAMPLE;
const extra = requested === 'all' ? Infinity : requested ? Number(requested) : EXTRA_PAGES;

/** One page per template plus a small fixed sample (see above). */
export const samplePaths: string[] = samplePages(templates, extra);

/**
 * For axe, the costliest check per page: every English template, and each template in two of the
 * translated languages, taken in turn (a translated page differs from its template only in its
 * words). PAGE_SAMPLE=all still checks every page.
 */
export const axePaths: string[] = requested === 'all' ? samplePaths : samplePages(languagesInTurn(templates, LOCALES, 2), extra);

/** Of the sample, those that satisfy `keep` (a template may have no page in the sample's subset). */
export function sampleOf(keep: (path: string) => boolean): string[] {
	return samplePages(
		new Map([...templates].map(([file, paths]) => [file, paths.filter(keep)] as const).filter(([, paths]) => paths.length > 0)),
		extra,
	);
}

/** The seven guide sections plus the conclusion (not the guide index). */
export const guidePages = allPages.filter((p) => /^\/guide\/[^/]+\/$/.test(p));
/** One page per FAQ entry (not the FAQ index). */
export const faqPages = allPages.filter((p) => /^\/faq\/[^/]+\/$/.test(p));

export const QUIZ = '/quiz/';
export const SEARCH = '/search/';
export const STORAGE_PREFIX = 'ig-ai-optout:';
