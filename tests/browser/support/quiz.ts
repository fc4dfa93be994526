// Drives the quiz the way a reader does. The quiz's contract (src/components/quiz/): one question
// per step as a fieldset of radios or checkboxes named by question id, a "Next" / "See my plan"
// submit button, and a plan whose items carry data-setting-id.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Answers by question id; a question not listed gets its first option (radios) or none (checkboxes). */
export type Choices = Record<string, string | string[]>;

export const EU_ADULT: Choices = {
	region: 'eu-eea',
	age: 'adult',
	account: 'personal',
	worries: ['ai-posts', 'ad-profiling'],
	objected: 'not-yet',
	feed: 'a-little',
	explore: 'a-little',
	ads: 'not-at-all',
	ai: 'not-at-all',
	reach: 'a-little',
	pay: 'no',
};

/** Opens the quiz and waits until the island is interactive (Astro removes `ssr` once hydrated). */
export async function openQuiz(page: Page, hash = ''): Promise<void> {
	await page.goto(`/quiz/${hash}`);
	const island = page.locator('astro-island').filter({ has: page.locator('.quiz') });
	await island.scrollIntoViewIfNeeded();
	await expect(island).not.toHaveAttribute('ssr', /.*/);
}

/** The question on screen: its id (the inputs' name), kind and option values in order. */
async function currentQuestion(page: Page) {
	return page.locator('.quiz-step fieldset').evaluate((fieldset) => {
		const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
		return { id: inputs[0]!.name, kind: inputs[0]!.type, values: inputs.map((i) => i.value) };
	});
}

async function focused(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLInputElement | HTMLButtonElement | null;
		return {
			tag: el?.tagName ?? '',
			type: (el as HTMLInputElement | null)?.type ?? '',
			name: (el as HTMLInputElement | null)?.name ?? '',
			value: (el as HTMLInputElement | null)?.value ?? '',
			text: el?.textContent?.trim() ?? '',
		};
	});
}

/** Presses Tab until the focused element passes `match`; fails after `max` presses. */
async function tabUntil(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string, max = 60): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (match(await focused(page))) return;
	}
	throw new Error(`Tab never reached ${what}`);
}

/** Answers every question with the keyboard alone (Tab, arrows, Space, Enter) until the plan shows. */
export async function completeWithKeyboard(page: Page, choices: Choices): Promise<void> {
	for (let step = 0; step < 20; step++) {
		if ((await page.locator('[data-setting-id]').count()) > 0) return;
		const question = await currentQuestion(page);
		const wanted = choices[question.id];
		if (question.kind === 'radio') {
			const target = typeof wanted === 'string' ? wanted : question.values[0]!;
			await tabUntil(page, (f) => f.tag === 'INPUT' && f.name === question.id, `the "${question.id}" options`);
			// Tab lands on the first radio of the group; arrows move the choice (and select it).
			await page.keyboard.press('Space');
			const steps = question.values.indexOf(target);
			for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
			expect((await focused(page)).value).toBe(target);
		} else {
			const targets = Array.isArray(wanted) ? wanted : [];
			for (const target of targets) {
				await tabUntil(page, (f) => f.tag === 'INPUT' && f.name === question.id && f.value === target, `the "${target}" checkbox`);
				await page.keyboard.press('Space');
			}
		}
		await tabUntil(page, (f) => f.tag === 'BUTTON' && /^(Next|See my plan)$/.test(f.text), 'the Next button');
		await page.keyboard.press('Enter');
		await expect(page.locator('.quiz-step fieldset, .quiz-plan').first()).toBeVisible();
	}
	throw new Error('The quiz never showed a plan');
}

/** Answers every question with the mouse (faster; used where keyboard use is not the point). */
export async function completeWithMouse(page: Page, choices: Choices): Promise<void> {
	for (let step = 0; step < 20; step++) {
		if ((await page.locator('.quiz-plan, .quiz-loading').count()) > 0) return;
		const question = await currentQuestion(page);
		const wanted = choices[question.id];
		const targets =
			question.kind === 'radio' ? [typeof wanted === 'string' ? wanted : question.values[0]!] : Array.isArray(wanted) ? wanted : [];
		for (const target of targets) await page.locator(`.quiz-step input[name="${question.id}"][value="${target}"]`).check();
		const before = question.id;
		await page.locator('.quiz-step button[type="submit"]').click();
		await expect
			// The plan (or its "working out" line while its code loads) has no question on screen.
			.poll(async () => ((await page.locator('.quiz-plan, .quiz-loading').count()) > 0 ? 'plan' : (await currentQuestion(page)).id))
			.not.toBe(before);
	}
	throw new Error('The quiz never showed a plan');
}

/** The plan's setting ids, in the order shown. */
export async function planIds(page: Page): Promise<string[]> {
	await expect(page.locator('[data-setting-id]').first()).toBeVisible();
	return page.locator('[data-setting-id]').evaluateAll((items) => items.map((i) => i.getAttribute('data-setting-id')!));
}
