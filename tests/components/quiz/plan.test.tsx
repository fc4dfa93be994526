// The results: grouped, with notices on top, announced, and never a blank island.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import QuizIsland from '../../../src/components/quiz/QuizIsland';
import { validateAnswers, visibleQuestions } from '../../../src/lib/quiz/answers';
import { QUESTIONS } from '../../../src/lib/quiz/question-text';
import { encodeAnswers } from '../../../src/lib/quiz/share-link';
import type { Answers } from '../../../src/lib/quiz/types';
import type { IslandItem } from '../../../src/lib/settings-display';
import { fixtureCatalogue, quizText } from './fixtures';
import { freshPage } from './helpers';

freshPage();

describe('the plan', () => {
	it('puts the notices in a visible box above the groups', async () => {
		window.history.replaceState(null, '', `/quiz/#${encodeAnswers({ region: 'us', age: 'adult', worries: ['ai-posts'] })}`);
		const { container } = render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		await screen.findByRole('heading', { name: 'Your plan' });
		const box = screen.getByText('Read this first').closest('.quiz-notice') as HTMLElement;
		expect(within(box).getByText(/no form where you live to object/)).toBeTruthy();
		const firstGroup = container.querySelector('.plan-group');
		expect(box.compareDocumentPosition(firstGroup!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
	});

	it('labels what each item protects and costs in plain words, and how sure it is', async () => {
		window.history.replaceState(
			null,
			'',
			`/quiz/#${encodeAnswers({ region: 'uk', age: 'adult', worries: ['ai-posts'], reach: 'a-little' })}`,
		);
		const { container } = render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		await screen.findByRole('heading', { name: 'Your plan' });
		const card = container.querySelector('[data-setting-id="object-to-ai-training"]') as HTMLElement;
		expect(within(screen.getByRole('region', { name: 'Do this first' })).getByText('Object to AI training')).toBeTruthy();
		expect(card.textContent).toContain('Future AI training on your posts');
		expect(card.textContent).toContain('Documented by Meta');
		expect(card.textContent).toContain('Because you said');
		expect(card.textContent).toContain('2 sources and details');
	});

	it('announces the plan by moving focus to its heading after the last question', async () => {
		const user = userEvent.setup();
		// Every question answered with its first option, except the last one shown.
		const answers: Answers = {};
		for (const q of QUESTIONS) answers[q.id] = q.kind === 'multi' ? [] : q.options[0]!.id;
		const shown = visibleQuestions(validateAnswers(answers).answers, QUESTIONS);
		const last = shown[shown.length - 1]!;
		delete answers[last.id];
		localStorage.setItem('ig-ai-optout:answers', JSON.stringify(validateAnswers(answers).answers));
		localStorage.setItem('ig-ai-optout:step', JSON.stringify(last.id));
		render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		await screen.findByText(`Question ${shown.length} of ${QUESTIONS.length}`);
		await user.click(document.querySelector<HTMLInputElement>('fieldset input')!);
		await user.click(screen.getByRole('button', { name: 'See my plan' }));
		const heading = await screen.findByRole('heading', { name: 'Your plan' });
		await waitFor(() => expect(document.activeElement).toBe(heading));
		// And a live region says so, for screen readers that do not follow focus.
		expect(screen.getByText('Your plan is ready.').getAttribute('role')).toBe('status');
	});

	it('gives a reader with no worries a short, friendly answer instead of an empty warning', async () => {
		window.history.replaceState(null, '', `/quiz/#${encodeAnswers({ region: 'us', age: 'adult', worries: [] })}`);
		const { container } = render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		await screen.findByRole('heading', { name: 'Your plan' });
		expect(screen.getByText(/your settings are fine for what you value/)).toBeTruthy();
		expect(screen.queryByText('Read this first')).toBeNull();
		expect([...container.querySelectorAll('[data-setting-id]')].map((e) => e.getAttribute('data-setting-id'))).toEqual([
			'download-your-information',
		]);
	});

	it('shows a message and a link to all settings instead of a blank island when something breaks', async () => {
		const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
		const broken = [{ id: 'broken' }] as unknown as IslandItem[];
		window.history.replaceState(null, '', `/quiz/#${encodeAnswers({ region: 'uk' })}`);
		render(<QuizIsland catalogue={broken} {...quizText} />);
		const alert = await screen.findByRole('alert');
		quiet.mockRestore();
		expect(alert.textContent).toContain('the quiz stopped working');
		expect(screen.getByRole('link', { name: /see all settings/ }).getAttribute('href')).toBe('/settings/');
	});
});
