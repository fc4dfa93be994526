// Byte budgets, measured on the built files (gzip level 9), so they are exact and never flaky.
// A reader on a slow phone connection pays for every kilobyte; these keep the site light as it grows.
import { describe, expect, it } from 'vitest';
import { islandWeight, kb, pageWeight } from '../../scripts/bench-sizes.mjs';
import { pathWithoutLocale } from '../../src/lib/i18n/locales';
import { pages, siteDir } from './site-files';

const KB = 1024;
const GUIDE_HTML_CSS_BUDGET = 20 * KB;
/** The header's search loader: it only turns the Search link into a button and listens for Ctrl/Cmd+K. */
const SEARCH_LOADER_BUDGET = 3 * KB;
/** The quiz page may load at most 5% more JavaScript up front than a bare React island would (issue 10). */
const QUIZ_OVER_REACT_FLOOR = 1.05;

const paths = pages.map((p) => p.path);
// Every language: a German sentence is longer than an English one, and the budget holds for both.
const guidePaths = paths.filter((p) => /^\/guide\/[^/]+\/$/.test(pathWithoutLocale(p)));
const faqPaths = paths.filter((p) => pathWithoutLocale(p).startsWith('/faq/'));

describe('guide pages', () => {
	it.each(guidePaths)('%s weighs at most 20 KB of gzipped HTML and CSS', (path) => {
		const weight = pageWeight(siteDir, path);
		const total = weight.html.gzip + weight.css.gzip;
		expect(total, `${kb(weight.html.gzip)} KB HTML + ${kb(weight.css.gzip)} KB CSS`).toBeLessThanOrEqual(GUIDE_HTML_CSS_BUDGET);
	});
});

describe('guide and FAQ pages', () => {
	it.each([...guidePaths, ...faqPaths])('%s runs no JavaScript but the small search loader until search is opened', (path) => {
		const weight = pageWeight(siteDir, path);
		expect(
			weight.jsFiles.filter((f) => /react|client\.|island/i.test(f)),
			'framework code',
		).toEqual([]);
		expect(weight.js.gzip, `JavaScript loaded up front: ${weight.jsFiles.join(', ') || 'none'}`).toBeLessThanOrEqual(SEARCH_LOADER_BUDGET);
	});
});

describe('quiz page', () => {
	it('loads at most 1.05 times the JavaScript of a bare React island in the same build', () => {
		// The floor is what the page loads minus the quiz's own chunks: React, the renderer, the island
		// runtime and the search loader. A bare island's own component (and React's small JSX runtime,
		// which the quiz's chunks carry) are left out of it, so this is slightly stricter than 1.05x.
		const weight = islandWeight(siteDir, '/quiz/');
		expect(weight.own.gzip, 'the quiz has code of its own').toBeGreaterThan(0);
		expect(
			weight.upFront.gzip,
			`${kb(weight.upFront.gzip)} KB up front vs React floor ${kb(weight.floor.gzip)} KB; quiz's own: ${weight.ownFiles.join(', ')}`,
		).toBeLessThanOrEqual(QUIZ_OVER_REACT_FLOOR * weight.floor.gzip);
	});
});
