// Pages of the built site pass axe (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) in light and dark mode, on a
// 360 px phone and on a desktop screen: one page of every template in English and in two translated
// languages taken in turn, plus a small fixed sample (support/site.ts; PAGE_SAMPLE=all checks every page).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { expect, test } from './support/fixtures';
import { completeWithMouse, EU_ADULT, openQuiz } from './support/quiz';
import { localeFromPath, TRANSLATED_LOCALES } from '../../src/lib/i18n/locales';
import { languagesInTurn } from '../helpers/page-templates';
import { allPages, axePaths, templates } from './support/site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCREENS = [
	{ label: 'a 360 px phone', viewport: { width: 360, height: 740 } },
	{ label: 'a 1280 px desktop', viewport: { width: 1280, height: 800 } },
] as const;
const SCHEMES = ['light', 'dark'] as const;

function describe(violations: AxeResults['violations']): string[] {
	return violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 5)
				.join(', ')}`,
	);
}

/** The first scan injects axe-core; later scans of the same document reuse it (injection is the slow part). */
async function scan(page: Page, injected: boolean): Promise<AxeResults['violations']> {
	if (!injected) {
		const results = await new AxeBuilder({ page })
			.withTags(TAGS)
			.options({ resultTypes: ['violations'] })
			.analyze();
		return results.violations;
	}
	return page.evaluate(async (tags) => {
		const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
		const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return results.violations;
	}, TAGS);
}

test('the built site has pages to check, every one made by a known template', () => {
	expect(allPages.length).toBeGreaterThan(20);
	expect(templates.get('unknown') ?? []).toEqual([]);
	// Every template in English, and each in two translations.
	const sampled = new Set(axePaths);
	for (const [key, paths] of languagesInTurn(templates, TRANSLATED_LOCALES, 2)) expect(paths.some((p) => sampled.has(p)), key).toBe(true);
});

// English pages run the whole matrix. A translated page differs from its English template only in its
// words, and words change what a phone has to fit (wrapping, tap targets, overflow), not colours or
// the desktop layout: translated pages are scanned on the 360 px phone, in light and dark mode.
for (const path of axePaths) {
	const translated = localeFromPath(path) !== 'en';
	const screens = translated ? SCREENS.slice(0, 1) : SCREENS;
	test(`${path} has no accessibility violations in light and dark mode, on a 360 px phone${translated ? '' : ' and a desktop'}`, async ({
		page,
	}) => {
		await page.setViewportSize(SCREENS[0].viewport);
		await page.goto(path);
		let injected = false;
		for (const scheme of SCHEMES) {
			await page.emulateMedia({ colorScheme: scheme });
			for (const { label, viewport } of screens) {
				await page.setViewportSize(viewport);
				const violations = await scan(page, injected);
				injected = true;
				expect.soft(describe(violations), `axe in ${scheme} mode on ${label}`).toEqual([]);
			}
		}
	});
}

/** Runs axe in light and dark mode on the page as it is now, at its current size. */
async function expectNoViolationsInBothSchemes(page: Page): Promise<void> {
	let injected = false;
	for (const scheme of SCHEMES) {
		await page.emulateMedia({ colorScheme: scheme });
		const violations = await scan(page, injected);
		injected = true;
		expect.soft(describe(violations), `axe in ${scheme} mode`).toEqual([]);
	}
}

test('the quiz plan has no accessibility violations in light and dark mode on a 360 px phone', async ({ page }) => {
	await page.setViewportSize(SCREENS[0].viewport);
	await openQuiz(page);
	await completeWithMouse(page, EU_ADULT);
	await expect(page.locator('[data-setting-id]').first()).toBeVisible();
	await expectNoViolationsInBothSchemes(page);
});

test('the open search dialog with results has no accessibility violations in light and dark mode on a 360 px phone', async ({ page }) => {
	await page.setViewportSize(SCREENS[0].viewport);
	await page.goto('/guide/');
	await page.keyboard.press('Control+k');
	await page.locator('dialog[open] input[type="search"]').fill('objection');
	await expect(page.locator('dialog[open] li a[href]').first()).toBeVisible();
	await expectNoViolationsInBothSchemes(page);
});
