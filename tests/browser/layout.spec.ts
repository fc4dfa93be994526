// Pages fit a small phone (360 px wide) without sideways scrolling, and load cleanly: no console
// error, no uncaught error, no Content-Security-Policy violation (the watch fixture fails the test on
// any of these, and on any request to another origin). One page of every template plus a small fixed
// sample (support/site.ts; PAGE_SAMPLE=all checks every page).
import { expect, test } from './support/fixtures';
import { samplePaths } from './support/site';

for (const path of samplePaths) {
	// One visit for both checks: every language multiplies the sample, and a page load is the cost.
	test(`${path} fits a 360 px screen without horizontal scrolling and loads under the Content-Security-Policy with no console error`, async ({
		page,
		watch,
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(path);
		// Bring every island into view (client:visible hydrates only then), then scroll to the end.
		for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
		await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
		// Every island has hydrated (Astro drops the ssr attribute once it has), so its code has run.
		await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
		await page.waitForLoadState('load');
		const { scrollWidth, clientWidth } = await page.evaluate(() => ({
			scrollWidth: document.documentElement.scrollWidth,
			clientWidth: document.documentElement.clientWidth,
		}));
		expect(scrollWidth, 'page width at 360 px').toBeLessThanOrEqual(clientWidth);
		expect(watch.cspViolations).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
	});
}
