// A reader in their own language: the switcher keeps them on the same page, an English page offers
// their language without sending them anywhere, and a German reader stays in German as they go.
import { expect, test } from './support/fixtures';

test('the language switcher opens the same page in French, keeping the reader on that question', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/de/faq/can-i-undo-my-objection/');
	await page.locator('.language-switcher summary').click();
	await page.getByRole('link', { name: 'Français' }).click();
	await expect(page).toHaveURL(/\/fr\/faq\/can-i-undo-my-objection\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test.describe('a browser that asks for German first', () => {
	test.use({ locale: 'de-DE' });

	test('sees a line offering the German page on an English page, and is not redirected', async ({ page }) => {
		await page.goto('/faq/how-do-i-opt-out/');
		await expect(page).toHaveURL(/\/faq\/how-do-i-opt-out\/$/);
		const offer = page.getByRole('link', { name: 'Diese Seite auf Deutsch lesen' });
		await expect(offer).toBeVisible();
		await expect(page.locator('[data-suggest="fr"]')).toBeHidden();
		await offer.click();
		await expect(page).toHaveURL(/\/de\/faq\/how-do-i-opt-out\/$/);
	});
});

test.describe('a browser that asks for English', () => {
	test.use({ locale: 'en-GB' });

	test('sees no offer of another language', async ({ page }) => {
		await page.goto('/faq/how-do-i-opt-out/');
		await expect(page.locator('[data-language-suggestions]')).toBeHidden();
	});
});

test('a German reader goes from the home page to the objection steps without leaving German', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/de/');
	await page.locator('[data-region-link="eu-eea"]').click();
	await expect(page).toHaveURL(/\/de\/regions\/eu-eea\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	const steps = page.locator('.action-card').first().locator('.steps ol li');
	await expect(steps.first()).toBeVisible();
	await page.locator('.action-card').first().getByRole('link').last().click();
	await expect(page).toHaveURL(/\/de\/settings\/object-to-ai-training\/$/);
});
