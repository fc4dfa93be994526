// The site's privacy promise, checked in a real browser: nothing is requested from another origin,
// no cookie is set, and the only thing kept on the device is the quiz's own localStorage keys,
// which "Forget my answers" deletes. (The watch fixture also checks origins and cookies in every test.)
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { completeWithMouse, EU_ADULT, openQuiz } from './support/quiz';
import { allPages, STORAGE_PREFIX } from './support/site';

async function storageKeys(page: Page) {
	return page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
}

// Every page, not a sample: one stray request anywhere breaks the promise. The pages are visited in
// batches, so the two workers share them and a failure names a small batch.
const BATCH = 40;
const batches = Array.from({ length: Math.ceil(allPages.length / BATCH) }, (_, i) => allPages.slice(i * BATCH, (i + 1) * BATCH));

test('the built site has pages to visit', () => {
	expect(allPages.length).toBeGreaterThan(20);
});

for (const [i, batch] of batches.entries()) {
	test(`visiting every page (batch ${i + 1} of ${batches.length}: ${batch[0]} to ${batch.at(-1)}) requests nothing from another origin and sets no cookie`, async ({ page, context, watch }) => {
		// Generous: it only stops a hung run; a slow machine never fails this.
		test.setTimeout(60_000 + batch.length * 3_000);
		for (const path of batch) {
			await page.goto(path);
			await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
		}
		await page.waitForLoadState('networkidle');
		expect(watch.requests.length).toBeGreaterThan(batch.length);
		expect(watch.offsite).toEqual([]);
		expect(await context.cookies()).toEqual([]);
		expect((await storageKeys(page)).local).toEqual([]);
	});
}

test('a full quiz run requests nothing from another origin and keeps only its own keys', async ({ page, context, watch }) => {
	await openQuiz(page);
	await completeWithMouse(page, EU_ADULT);
	await page.waitForLoadState('networkidle');
	expect(watch.offsite).toEqual([]);
	expect(await context.cookies()).toEqual([]);
	const { local, session } = await storageKeys(page);
	expect(local.length).toBeGreaterThan(0);
	expect(local.filter((key) => !key.startsWith(STORAGE_PREFIX))).toEqual([]);
	expect(session).toEqual([]);
});

test('"Forget my answers" deletes everything the quiz saved', async ({ page }) => {
	await openQuiz(page);
	await completeWithMouse(page, EU_ADULT);
	expect((await storageKeys(page)).local.length).toBeGreaterThan(0);
	await page.getByRole('button', { name: 'Forget my answers' }).click();
	await expect(page.getByText('Your answers are forgotten.')).toBeVisible();
	expect(await storageKeys(page)).toEqual({ local: [], session: [] });
	// The answers are gone from the address bar too, so the page cannot bring them back.
	expect(new URL(page.url()).hash).toBe('');
	await page.reload();
	expect((await storageKeys(page)).local).toEqual([]);
});

test('a search requests nothing from another origin and sets no cookie or storage', async ({ page, context, watch }) => {
	await page.goto('/search/?q=objection');
	await expect(page.locator('#search-page-list a[href]').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(watch.requests.some((url) => url.includes('/pagefind/'))).toBe(true);
	expect(watch.offsite).toEqual([]);
	expect(await context.cookies()).toEqual([]);
	expect(await storageKeys(page)).toEqual({ local: [], session: [] });
});
