// Search from a reader's point of view: the header's Search button and Ctrl/Cmd+K open it, a search
// finds a FAQ answer and the result lands on it, and /search/?q=… runs the search in the link.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const dialogInput = (page: Page) => page.locator('dialog[open] input[type="search"]');

test('the Search button in the header opens a search box with the cursor in it', async ({ page }) => {
	await page.goto('/guide/');
	await page
		.locator('header')
		.getByRole('button', { name: /search/i })
		.click();
	await expect(dialogInput(page)).toBeFocused();
});

test('Ctrl+K opens search from any page, and Escape closes it', async ({ page }) => {
	await page.goto('/faq/');
	await page.keyboard.press('Control+k');
	await expect(dialogInput(page)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.locator('dialog[open]')).toHaveCount(0);
});

test('Cmd+K opens search too (Mac keyboards)', async ({ page }) => {
	await page.goto('/tips/');
	await page.keyboard.press('Meta+k');
	await expect(dialogInput(page)).toBeFocused();
});

test('a header search for "undo my objection" finds a FAQ answer and opening it lands on that answer', async ({ page }) => {
	await page.goto('/');
	await page
		.locator('header')
		.getByRole('button', { name: /search/i })
		.click();
	await dialogInput(page).fill('undo my objection');
	const faqResult = page.locator('dialog[open] a[href*="/faq/"]').first();
	await expect(faqResult).toBeVisible();
	const href = (await faqResult.getAttribute('href'))!;
	await faqResult.click();
	const target = new URL(href, page.url());
	await expect(page).toHaveURL((url) => url.pathname === target.pathname);
	await expect(page.locator('h1')).toBeVisible();
	if (target.hash.length > 1) await expect(page.locator(`[id="${decodeURIComponent(target.hash.slice(1))}"]`)).toBeVisible();
	await expect(page.locator('main')).toContainText(/object/i);
});

test('a search link (/search/?q=…) shows results for the words in it', async ({ page }) => {
	await page.goto('/search/?q=objection%20form');
	await expect(page.locator('#search-page-input')).toHaveValue('objection form');
	await expect(page.locator('#search-page-list a[href]').first()).toBeVisible();
	await expect(page.getByRole('status').first()).toContainText(/\d/);
});

/** Top and bottom of every result title link in a list, in CSS pixels from the top of the viewport. */
const resultBoxes = (page: Page, list: string) =>
	page
		.locator(`${list} a[data-search-result]`)
		.evaluateAll((links) =>
			links
				.filter((a) => !a.closest('.search-result-sections'))
				.map((a) => ({ top: a.getBoundingClientRect().top, bottom: a.getBoundingClientRect().bottom })),
		);

test.describe('on a phone (360 by 740 CSS pixels)', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	test('the search page shows at least three results (their titles) above the fold, with the filters folded away', async ({ page }) => {
		await page.goto('/search/?q=opt%20out');
		await expect(page.locator('#search-page-list a[data-search-result]').nth(2)).toBeVisible();
		await expect(page.locator('details[data-search-filters]')).not.toHaveAttribute('open', /.*/);
		const boxes = await resultBoxes(page, '#search-page-list');
		expect(boxes.filter((b) => b.bottom <= 740).length, JSON.stringify(boxes.slice(0, 4))).toBeGreaterThanOrEqual(3);
		// The filters are one tap away.
		await page.locator('details[data-search-filters] summary').click();
		await expect(page.locator('#search-type')).toBeVisible();
	});

	test('the header dialog shows at least three results above the fold', async ({ page }) => {
		await page.goto('/guide/');
		await page
			.locator('header')
			.getByRole('button', { name: /search/i })
			.click();
		await dialogInput(page).fill('how do i opt out');
		await expect(page.locator('dialog[open] a[data-search-result]').nth(2)).toBeVisible();
		const boxes = await resultBoxes(page, 'dialog[open]');
		expect(boxes.filter((b) => b.bottom <= 740).length, JSON.stringify(boxes.slice(0, 4))).toBeGreaterThanOrEqual(3);
	});
});

test('every result link is marked data-search-result; a FAQ shows its answer and a setting where it applies', async ({ page }) => {
	await page.goto('/search/?q=mute%20meta%20ai');
	const list = page.locator('#search-page-list');
	await expect(list.locator('a[data-search-result]').first()).toBeVisible();
	expect(await list.locator('a[href]:not([data-search-result])').count()).toBe(0);
	const setting = list.locator('.search-result', { has: page.locator('a[data-search-result="setting"]') }).first();
	await expect(setting.locator('.search-result-meta')).toContainText('Where it applies:');
	const faq = list.locator('.search-result', { has: page.locator('a[data-search-result="faq"]') }).first();
	await expect(faq.locator('.search-result-summary')).not.toBeEmpty();
});

test('a whole question finds its answer first', async ({ page }) => {
	await page.goto('/search/?q=reverse%20my%20opt%20out');
	await expect(page.locator('#search-page-list a[data-search-result]').first()).toHaveAttribute('href', '/faq/can-i-undo-my-objection/');
});
