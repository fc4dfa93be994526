// Byte budgets, measured on the built files (gzip level 9), so they are exact and never flaky.
// A reader on a slow phone connection pays for every kilobyte; these keep the site light as it grows.
import { describe, expect, it } from 'vitest';
import { kb, pageWeight } from '../../scripts/bench-sizes.mjs';
import { pages, siteDir } from './site-files';

const KB = 1024;
const GUIDE_HTML_CSS_BUDGET = 20 * KB;
/** The header's search loader: it only turns the Search link into a button and listens for Ctrl/Cmd+K. */
const SEARCH_LOADER_BUDGET = 3 * KB;
const QUIZ_JS_BUDGET = 80 * KB;

const paths = pages.map((p) => p.path);
const guidePaths = paths.filter((p) => /^\/guide\/[^/]+\/$/.test(p));
const faqPaths = paths.filter((p) => p.startsWith('/faq/'));

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
		expect(weight.jsFiles.filter((f) => /react|client\.|island/i.test(f)), 'framework code').toEqual([]);
		expect(weight.js.gzip, `JavaScript loaded up front: ${weight.jsFiles.join(', ') || 'none'}`).toBeLessThanOrEqual(SEARCH_LOADER_BUDGET);
	});
});

describe('quiz page', () => {
	it('loads at most 80 KB of gzipped JavaScript, React included', () => {
		const weight = pageWeight(siteDir, '/quiz/');
		const files = weight.jsFiles.join(', ');
		expect(weight.js.gzip, `${kb(weight.js.gzip)} KB gzipped: ${files}`).toBeLessThanOrEqual(QUIZ_JS_BUDGET);
	});
});
