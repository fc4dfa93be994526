// With JavaScript off, guide sections and FAQ answers are complete (heading, text, sources): one page
// of each of their templates plus a small fixed sample (support/site.ts; PAGE_SAMPLE=all checks every
// page). The quiz page says what it needs and offers the settings list, and the header still leads to search.
import { expect, test } from './support/fixtures';
import { faqPages, guidePages, sampleOf } from './support/site';

test.use({ javaScriptEnabled: false });

const readerPages = new Set([...guidePages, ...faqPages]);

for (const path of sampleOf((p) => readerPages.has(p))) {
	test(`${path} is complete without JavaScript: heading, text and sources`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('h1')).toBeVisible();
		const text = (await page.locator('main').innerText()).trim();
		expect(text.length).toBeGreaterThan(400);
		const sources = page.locator('.sources li a[href^="https://"]');
		expect(await sources.count()).toBeGreaterThan(0);
		await expect(sources.first()).toBeVisible();
	});
}

test('the quiz page without JavaScript explains why and links every setting', async ({ page }) => {
	await page.goto('/quiz/');
	// Playwright's text and role locators skip <noscript>, so these use CSS; the content is rendered.
	const fallback = page.locator('main noscript');
	await expect(fallback.locator('p').first()).toBeVisible();
	expect(await fallback.evaluate((el) => (el as HTMLElement).innerText)).toContain('The quiz needs JavaScript');
	await expect(fallback.locator('a[href="/settings/"]')).toBeVisible();
	expect(await fallback.locator('a[href^="/settings/"]').count()).toBeGreaterThan(2);
});

test('the header search is a plain link to the search page without JavaScript', async ({ page }) => {
	await page.goto('/guide/');
	const link = page.locator('header a.search-trigger[href="/search/"]');
	await expect(link).toBeVisible();
});
