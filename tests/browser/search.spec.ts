// Search from a reader's point of view: the header's Search button and Ctrl/Cmd+K open it, a search
// finds a FAQ answer and the result lands on it, and /search/?q=… runs the search in the link.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';


const dialogInput = (page: Page) => page.locator('dialog[open] input[type="search"]');

test('the Search button in the header opens a search box with the cursor in it', async ({ page }) => {
	await page.goto('/guide/');
	await page.locator('header').getByRole('button', { name: /search/i }).click();
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
	await page.locator('header').getByRole('button', { name: /search/i }).click();
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
