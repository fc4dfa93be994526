// The quiz works with the keyboard alone, its share link restores the same plan in a fresh browser,
// and an edited link is refused with a notice instead of a wrong plan.
import { expect, test } from './support/fixtures';
import { completeWithKeyboard, completeWithMouse, EU_ADULT, openQuiz, planIds } from './support/quiz';


test('the quiz can be completed with the keyboard alone', async ({ page }) => {
	await openQuiz(page);
	await completeWithKeyboard(page, EU_ADULT);
	expect((await planIds(page)).length).toBeGreaterThan(0);
	// The plan heading takes focus, so a screen-reader user hears that the plan is ready.
	await expect(page.locator(':focus')).toBeVisible();
});

test('a share link opened in a fresh browser shows the same plan', async ({ page, browser, baseURL }) => {
	await openQuiz(page);
	await completeWithMouse(page, EU_ADULT);
	const ids = await planIds(page);
	const link = page.url();
	expect(new URL(link).hash).toMatch(/^#v=1&region=eu-eea/);

	const fresh = await browser.newContext({ baseURL: baseURL!, reducedMotion: 'reduce' });
	try {
		const other = await fresh.newPage();
		await openQuiz(other, new URL(link).hash);
		expect(await planIds(other)).toEqual(ids);
	} finally {
		await fresh.close();
	}
});

test('a share link that was edited shows a notice and starts the quiz fresh', async ({ page }) => {
	await openQuiz(page, '#v=1&region=atlantis&age=adult');
	await expect(page.getByText('This link could not be read', { exact: false })).toBeVisible();
	await expect(page.locator('[data-setting-id]')).toHaveCount(0);
	await expect(page.locator('.quiz-step fieldset')).toBeVisible();
});

test('a share link from a future quiz version is refused with a notice', async ({ page }) => {
	await openQuiz(page, '#v=99&region=uk');
	await expect(page.getByText('This link could not be read', { exact: false })).toBeVisible();
	await expect(page.locator('[data-setting-id]')).toHaveCount(0);
});
