// The two journeys from the issue, on a 360 px phone, counting taps: an EU reader reaches a working
// link to Meta's objection form in at most three, a US reader reaches the private-account steps in
// at most two. Plus the copy buttons, the objection helper (keyboard, offline, storage) and FAQ links.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

const META_FORM = /^https:\/\/(help\.instagram\.com|www\.facebook\.com|help\.meta\.com)\//;

/** A tap: the element must be visible without any tap first (scrolling is not a tap). */
async function tap(locator: ReturnType<Page['locator']>, taps: { count: number }) {
	await locator.scrollIntoViewIfNeeded();
	await expect(locator).toBeVisible();
	await locator.tap();
	taps.count += 1;
}

test('an EU reader reaches a working link to Meta’s objection form in at most three taps', async ({ page }) => {
	const taps = { count: 0 };
	await page.goto('/');
	await tap(page.getByRole('link', { name: /European Union/ }), taps);
	await expect(page).toHaveURL(/\/regions\/eu-eea\/$/);
	const form = page.locator('.action-card').first().locator('.action-links a.button');
	await form.scrollIntoViewIfNeeded();
	await expect(form).toBeVisible();
	expect(await form.getAttribute('href')).toMatch(META_FORM);
	await expect(form).toContainText('leaves this site');
	// Tapping the link itself is the last tap; it opens Meta's site, which the tests never load.
	taps.count += 1;
	expect(taps.count).toBeLessThanOrEqual(3);
});

test('a US reader reaches the private-account steps in at most two taps', async ({ page }) => {
	const taps = { count: 0 };
	await page.goto('/');
	await tap(page.getByRole('link', { name: 'United States' }), taps);
	await expect(page).toHaveURL(/\/regions\/us\/$/);
	const card = page.locator('.action-card').first();
	await expect(card.locator('h2')).toContainText('private');
	const steps = card.locator('.steps ol > li');
	await steps.first().scrollIntoViewIfNeeded();
	await expect(steps.first()).toBeVisible();
	await expect(steps.last()).toContainText('Private account');
	expect(taps.count).toBeLessThanOrEqual(2);
});

test('every region link on the home page opens a region page that links Meta’s own pages', async ({ page }) => {
	await page.goto('/');
	const hrefs = await page.locator('.where a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	expect(hrefs.length).toBe(7);
	for (const href of hrefs) {
		const response = await page.goto(href);
		expect(response?.status(), href).toBe(200);
		const meta = page.locator('main a[data-external]').filter({ has: page.locator('.sr-only') });
		const urls = await meta.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
		expect(
			urls.some((u) => /^https:\/\/([a-z.]+\.)?(facebook|instagram|meta)\.com\//.test(u)),
			href,
		).toBe(true);
	}
});

test.describe('copy buttons', () => {
	test.beforeEach(async ({ context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
	});

	test('copy a setting’s steps as numbered text', async ({ page }) => {
		await page.goto('/settings/private-account/');
		const button = page.locator('.route .steps').first().getByRole('button', { name: 'Copy these steps' });
		await button.click();
		await expect(page.locator('.route .steps').first().locator('.copy-status')).toContainText('Copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(/^Make your account private\n1\. /);
		expect(copied).toContain('Turn on Private account');
	});

	test('select the steps when the clipboard is refused, so the reader can copy them', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
		});
		await page.goto('/settings/private-account/');
		const block = page.locator('.route .steps').first();
		await block.getByRole('button', { name: 'Copy these steps' }).click();
		await expect(block.locator('.copy-status')).toContainText('Selected');
		expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain('Private account');
	});
});

test.describe('the objection helper', () => {
	test.beforeEach(async ({ context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
	});

	test('composes a reason with the keyboard alone, copies it, and works offline', async ({ page, context, watch }) => {
		await page.goto('/regions/eu-eea/');
		// Let the browser finish its own fetches (the favicon) before the network goes away.
		await page.waitForLoadState('networkidle');
		await context.setOffline(true);
		const before = watch.requests.length;
		const first = page.getByRole('checkbox', { name: /artist, photographer/ });
		await first.focus();
		await page.keyboard.press('Space');
		await expect(first).toBeChecked();
		await page.keyboard.press('Tab'); // to the next choice
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space'); // "I do not want my data used for AI at all"
		await page.keyboard.press('Tab'); // own words
		await page.keyboard.type('I am a teacher.');
		const result = page.getByLabel(/Your reason, ready to paste/);
		await expect(result).toHaveValue(/^I object to Meta using my personal information/);
		await expect(result).toHaveValue(/creative work.*any of my information.*I am a teacher\.$/);
		await page.keyboard.press('Tab'); // the result, which the reader may edit
		await page.keyboard.press('Tab'); // copy button
		await expect(page.getByRole('button', { name: 'Copy my reason' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-objection-helper] .copy-status')).toContainText('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('I am a teacher.');
		// Nothing was sent, and nothing stored, since "Remember" is not ticked.
		expect(watch.requests.slice(before)).toEqual([]);
		expect(await page.evaluate(() => localStorage.length)).toBe(0);
	});

	test('remembers the choices only when asked, and forgets them when unticked', async ({ page }) => {
		await page.goto('/regions/uk/');
		await page.getByRole('checkbox', { name: /children/ }).check();
		expect(await page.evaluate(() => localStorage.length)).toBe(0);
		await page.getByRole('checkbox', { name: /Remember my choices/ }).check();
		await page.reload();
		await expect(page.getByRole('checkbox', { name: /children/ })).toBeChecked();
		await expect(page.getByLabel(/Your reason, ready to paste/)).toHaveValue(/children and family/);
		await page.getByRole('checkbox', { name: /Remember my choices/ }).uncheck();
		expect(await page.evaluate(() => localStorage.length)).toBe(0);
	});
});

test.describe('the FAQ list', () => {
	test('a link to one question opens that answer', async ({ page }) => {
		await page.goto('/faq/#does-a-private-account-stop-ai-training');
		const item = page.locator('details#does-a-private-account-stop-ai-training');
		await expect(item).toHaveAttribute('open', '');
		await expect(item.locator('p').first()).toBeVisible();
		await expect(page.locator('details.faq-item[open]')).toHaveCount(1);
	});

	test('a question opens and closes with the keyboard', async ({ page }) => {
		await page.goto('/faq/');
		const summary = page.locator('details#how-do-i-opt-out > summary');
		await summary.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('details#how-do-i-opt-out')).toHaveAttribute('open', '');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('steps are plain selectable text and the copy button stays out of the way', async ({ page }) => {
		await page.goto('/settings/object-to-ai-training/');
		const block = page.locator('.route .steps').first();
		await expect(block.locator('ol > li').first()).toBeVisible();
		await expect(block.getByRole('button')).toBeHidden();
		expect(await block.locator('ol').evaluate((el) => getComputedStyle(el).userSelect)).not.toBe('none');
	});

	test('the objection helper shows its sentences as text to copy, and the form link', async ({ page }) => {
		await page.goto('/regions/eu-eea/');
		const helper = page.locator('[data-objection-helper]');
		await expect(helper.locator('[data-helper-static] li').first()).toBeVisible();
		await expect(helper.locator('[data-helper-live]')).toBeHidden();
		await expect(helper.locator('a[href^="https://"]').last()).toBeVisible();
	});

	test('a FAQ deep link still lands on its question', async ({ page }) => {
		await page.goto('/faq/#how-do-i-opt-out');
		await expect(page.locator('details#how-do-i-opt-out > summary')).toBeVisible();
		await expect(page.locator('details#how-do-i-opt-out > summary')).toBeInViewport();
	});
});

test('the header fits its navigation on one line at 360 px and stays compact', async ({ page }) => {
	for (const path of ['/', '/regions/eu-eea/', '/settings/private-account/', '/faq/']) {
		await page.goto(path);
		const tops = await page.locator('.site-nav a').evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
		expect(new Set(tops).size, path).toBe(1);
		const nav = await page.locator('.site-nav ul').evaluate((ul) => ({ scroll: ul.scrollWidth, client: ul.clientWidth }));
		expect(nav.scroll, `${path}: navigation is cut off`).toBeLessThanOrEqual(nav.client);
		const height = await page.locator('header.site-header').evaluate((h) => h.getBoundingClientRect().height);
		expect(height, path).toBeLessThanOrEqual(110);
	}
});
