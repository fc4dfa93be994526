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
	expect(new URL(link).hash).toMatch(/^#v=2&region=eu-eea/);

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
	await openQuiz(page, '#v=2&region=atlantis&age=adult');
	await expect(page.getByText('This link could not be read', { exact: false })).toBeVisible();
	await expect(page.locator('[data-setting-id]')).toHaveCount(0);
	await expect(page.locator('.quiz-step fieldset')).toBeVisible();
});

test('a share link from a future quiz version is refused with a notice', async ({ page }) => {
	await openQuiz(page, '#v=99&region=uk');
	await expect(page.getByText('This link could not be read', { exact: false })).toBeVisible();
	await expect(page.locator('[data-setting-id]')).toHaveCount(0);
});

test('a link made by the first version of the quiz still opens a plan, with the objection form first', async ({ page }) => {
	await openQuiz(page, '#v=1&region=uk&age=adult&account=personal&worries=ai-training&reach=a-little&pay=no');
	await expect(page.locator('[data-plan-group="first"] [data-setting-id]')).toHaveAttribute('data-setting-id', 'object-to-ai-training');
	await expect.poll(() => new URL(page.url()).hash).toMatch(/^#v=2&.*worries=ai-posts,ai-chats/);
});

test("the phone's Back button goes back a question, not off the quiz", async ({ page }) => {
	await openQuiz(page);
	await page.getByText('United Kingdom', { exact: true }).click();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.locator('legend')).toHaveText('How old are you?');
	await page.goBack();
	await expect(page.locator('legend')).toHaveText('Where do you live?');
	await expect(page).toHaveURL(/\/quiz\/$/);
});

test('Next with no answer puts a visible message in view and focus on it', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 640 });
	await openQuiz(page);
	await page.getByRole('button', { name: 'Next' }).click();
	const message = page.getByText('Choose one answer to go on.');
	await expect(message).toBeFocused();
	await expect(message).toBeInViewport();
});
