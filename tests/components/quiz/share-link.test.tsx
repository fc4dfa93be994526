// Share links: the plan restores from the URL fragment; a bad link starts the quiz fresh, with a notice.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import QuizIsland from '../../../src/components/quiz/QuizIsland';
import { buildPlan } from '../../../src/lib/quiz/plan';
import { loadCatalogue } from '../../../src/lib/quiz/load-catalogue';
import { encodeAnswers } from '../../../src/lib/quiz/share-link';
import type { Answers, Plan } from '../../../src/lib/quiz/types';
import { toIslandItem } from '../../../src/lib/settings-display';
import { fixtureCatalogue, quizText } from './fixtures';
import { freshPage, progressText, shownSettingIds } from './helpers';

freshPage();

const realCatalogue = loadCatalogue();

function planIds(plan: Plan): string[] {
	return [plan.doFirst, ...plan.recommended, ...plan.consider, ...plan.notForYou].flatMap((p) => (p ? [p.settingId] : []));
}

const readers: [string, Answers][] = [
	[
		'an adult in the EU worried about AI training and ads',
		{
			region: 'eu-eea',
			age: 'adult',
			account: 'personal',
			worries: ['ai-posts', 'ad-profiling'],
			objected: 'not-yet',
			feed: 'a-little',
			explore: 'a-lot',
			ads: 'not-at-all',
			ai: 'not-at-all',
			reach: 'a-little',
			pay: 'no',
		},
	],
	[
		'a creator in the United States who values reach',
		{
			region: 'us',
			age: 'adult',
			account: 'creator',
			worries: ['ai-posts', 'public-posts', 'ai-chats', 'tracking'],
			objected: 'not-sure',
			feed: 'not-at-all',
			explore: 'a-little',
			ads: 'a-little',
			ai: 'a-lot',
			reach: 'a-lot',
		},
	],
	['a teen in Australia', { region: 'australia', age: 'teen', account: 'personal', worries: ['public-posts'], feed: 'a-lot' }],
	[
		'a parent in the UK',
		{ region: 'uk', age: 'parent', account: 'personal', worries: ['ai-posts', 'ai-chats'], ai: 'a-lot', reach: 'a-lot' },
	],
];
const real = realCatalogue.map((item) => toIslandItem(item));

describe('a share link', () => {
	it.each(readers)('in location.hash restores the same plan as the engine gives, for %s', async (_who, answers) => {
		window.history.replaceState(null, '', `/quiz/#${encodeAnswers(answers)}`);
		const { container } = render(<QuizIsland catalogue={real} {...quizText} />);
		await screen.findByRole('heading', { name: 'Your plan' });
		const plan = buildPlan(answers, realCatalogue);
		expect(shownSettingIds(container)).toEqual(planIds(plan));
		// Each group carries its name, for tests and for anyone styling a printout.
		const groups = [...container.querySelectorAll<HTMLElement>('[data-plan-group]')].map((g) => g.dataset['planGroup']);
		const expected = (['first', 'recommended', 'consider', 'not-for-you'] as const).filter(
			(g) =>
				({ first: plan.doFirst ? [1] : [], recommended: plan.recommended, consider: plan.consider, 'not-for-you': plan.notForYou })[g]
					.length > 0,
		);
		expect(groups).toEqual(expected);
	});

	it('made by the first version of the quiz still opens a plan, as a version 2 link', async () => {
		window.history.replaceState(null, '', '/quiz/#v=1&region=eu-eea&age=adult&account=personal&worries=ai-training&reach=a-little&pay=no');
		const { container } = render(<QuizIsland catalogue={real} {...quizText} />);
		await screen.findByRole('heading', { name: 'Your plan' });
		expect(container.querySelector('[data-plan-group="first"] [data-setting-id]')?.getAttribute('data-setting-id')).toBe(
			'object-to-ai-training',
		);
		expect(window.location.hash).toMatch(/^#v=2&.*worries=ai-posts,ai-chats/);
	});

	it('links every plan item to its setting page and says when it was last verified', async () => {
		const answers = readers[0]![1];
		window.history.replaceState(null, '', `/quiz/#${encodeAnswers(answers)}`);
		const { container } = render(<QuizIsland catalogue={real} {...quizText} />);
		await screen.findByRole('heading', { name: 'Your plan' });
		for (const element of container.querySelectorAll<HTMLElement>('[data-setting-id]')) {
			const id = element.dataset['settingId'];
			expect(element.querySelector('h4 a')?.getAttribute('href')).toBe(`/settings/${id}/`);
			expect(element.textContent).toMatch(/Last verified \d{1,2} \w+ \d{4}/);
			expect(element.querySelectorAll('ol li').length).toBeGreaterThan(0);
		}
	});

	it('is written into the address bar, readable, when the plan shows', async () => {
		const answers: Answers = { region: 'uk', age: 'adult', worries: ['ai-posts'] };
		localStorage.setItem('ig-ai-optout:answers', JSON.stringify(answers));
		localStorage.setItem('ig-ai-optout:step', JSON.stringify('plan'));
		render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		await screen.findByRole('heading', { name: 'Your plan' });
		expect(window.location.hash).toBe(`#${encodeAnswers(answers)}`);
		expect(window.location.hash).toContain('region=uk');
		expect((screen.getByLabelText('Link to this plan') as HTMLInputElement).value).toBe(window.location.href);
	});

	it.each([
		['a tampered link', '#v=2&region=mars&age=adult'],
		['an outdated link', '#v=0&region=uk'],
		['a broken link', '#v=2&region%E0%A4%A=uk'],
	])('that is %s shows the notice and the first question', async (_kind, hash) => {
		window.history.replaceState(null, '', `/quiz/${hash}`);
		render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		await screen.findByText('This link could not be read, so the quiz starts fresh.');
		expect(document.querySelector('legend')?.textContent).toBe('Where do you live?');
		expect(screen.queryByRole('heading', { name: 'Your plan' })).toBeNull();
		expect(window.location.hash).toBe('');
	});

	it('is not confused with an in-page anchor such as the skip link', async () => {
		window.history.replaceState(null, '', '/quiz/#main-content');
		render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		expect(await screen.findByText(progressText(1))).toBeTruthy();
		expect(screen.queryByText('This link could not be read, so the quiz starts fresh.')).toBeNull();
	});
});
