// Going through the quiz: one question at a time, keyboard only, focus on each new question.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import QuizIsland from '../../../src/components/quiz/QuizIsland';
import { QUESTIONS } from '../../../src/lib/quiz/question-text';
import { fixtureCatalogue, quizText } from './fixtures';
import { freshPage, legend, progressText } from './helpers';

freshPage();

const prompt = (id: string) => QUESTIONS.find((q) => q.id === id)!.prompt;

describe('the quiz island', () => {
	it('can be completed with the keyboard alone', async () => {
		const user = userEvent.setup();
		render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		for (
			let question = 0;
			question < 15 && !screen.queryByText('Working out your plan…') && !screen.queryByRole('heading', { name: 'Your plan' });
			question++
		) {
			// Into the question: the first option, chosen with the space bar.
			await user.tab();
			const option = document.activeElement as HTMLInputElement;
			expect(['radio', 'checkbox']).toContain(option.type);
			await user.keyboard(' ');
			expect(option.checked).toBe(true);
			// On to the Next (or "See my plan") button, and press Enter.
			for (let i = 0; i < 10 && !(document.activeElement as HTMLElement).matches('button[type="submit"]'); i++) await user.tab();
			await user.keyboard('{Enter}');
		}
		const heading = await screen.findByRole('heading', { name: 'Your plan' });
		await waitFor(() => expect(document.activeElement).toBe(heading));
	});

	it('leaves a keyboard reader on the answer they tabbed to when its saving code finishes loading', async () => {
		const user = userEvent.setup();
		render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		await user.tab();
		const option = document.activeElement as HTMLInputElement;
		expect(option.type).toBe('radio');
		// The island loads its saving and share-link code just after it starts; let that finish.
		await act(async () => {
			await import('../../../src/components/quiz/session');
			await new Promise((resolve) => setTimeout(resolve, 0));
		});
		expect(document.activeElement).toBe(option);
	});

	it('shows the progress as "Question n of total", with a total that never changes mid-way', async () => {
		const user = userEvent.setup();
		render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		expect(screen.getByText(progressText(1))).toBeTruthy();
		await user.click(screen.getByLabelText('United Kingdom'));
		await user.click(screen.getByRole('button', { name: 'Next' }));
		await user.click(screen.getByLabelText('18 or older'));
		await user.click(screen.getByRole('button', { name: 'Next' }));
		expect(screen.getByText(progressText(3))).toBeTruthy();
		await user.click(screen.getByLabelText('Personal'));
		await user.click(screen.getByRole('button', { name: 'Next' }));
		// Ticking an AI worry adds the "have you objected?" follow-up: the count stays the same.
		await user.click(screen.getByLabelText('Meta training its AI on my posts and photos'));
		await user.click(screen.getByRole('button', { name: 'Next' }));
		expect(legend().textContent).toBe(prompt('objected'));
		expect(screen.getByText(progressText(5))).toBeTruthy();
	});

	it('chooses an option when the reader taps anywhere on its row, hint included', async () => {
		const user = userEvent.setup();
		render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		await user.click(screen.getByText('Any country not listed above.'));
		expect((screen.getByRole('radio', { name: /Somewhere else/ }) as HTMLInputElement).checked).toBe(true);
	});

	it('goes back a question with the browser’s Back button, not off the page', async () => {
		const user = userEvent.setup();
		render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		await user.click(screen.getByLabelText('United States'));
		await user.click(screen.getByRole('button', { name: 'Next' }));
		await user.click(screen.getByLabelText('13 to 17'));
		await user.click(screen.getByRole('button', { name: 'Next' }));
		expect(legend().textContent).toBe(prompt('account'));
		window.history.back();
		await waitFor(() => expect(legend().textContent).toBe(prompt('age')));
		expect((screen.getByLabelText('13 to 17') as HTMLInputElement).checked).toBe(true);
		window.history.back();
		await waitFor(() => expect(legend().textContent).toBe(prompt('region')));
	});

	it('moves focus to each new question’s legend', async () => {
		const user = userEvent.setup();
		render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		await user.click(screen.getByLabelText('United States'));
		await user.click(screen.getByRole('button', { name: 'Next' }));
		expect(document.activeElement).toBe(legend());
		expect(legend().textContent).toBe(prompt('age'));
		await user.click(screen.getByLabelText('13 to 17'));
		await user.click(screen.getByRole('button', { name: 'Next' }));
		expect(document.activeElement).toBe(legend());
		expect(legend().textContent).toBe(prompt('account'));
		await user.click(screen.getByRole('button', { name: 'Back' }));
		expect(document.activeElement).toBe(legend());
		expect(legend().textContent).toBe(prompt('age'));
	});

	it('Back returns to the previous question with the answer kept', async () => {
		const user = userEvent.setup();
		render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		await user.click(screen.getByLabelText('Brazil'));
		await user.click(screen.getByRole('button', { name: 'Next' }));
		expect(legend().textContent).toBe(prompt('age'));
		await user.click(screen.getByRole('button', { name: 'Back' }));
		expect(legend().textContent).toBe(prompt('region'));
		expect((screen.getByLabelText('Brazil') as HTMLInputElement).checked).toBe(true);
	});

	it('asks for an answer before going on, with the message next to the buttons and focus on it', async () => {
		const user = userEvent.setup();
		render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		await user.click(screen.getByRole('button', { name: 'Next' }));
		const message = screen.getByText('Choose one answer to go on.');
		expect(document.activeElement).toBe(message);
		// After the options, right above Next: in view where the reader pressed.
		expect(message.previousElementSibling?.tagName).toBe('FIELDSET');
		expect(legend().textContent).toBe(prompt('region'));
	});

	it('lets the reader tick several worries, or none, on the checkbox question', async () => {
		const user = userEvent.setup();
		render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		// Answer with the first option until the checkbox question comes up.
		for (let i = 0; i < QUESTIONS.length && document.querySelectorAll('input[type="checkbox"]').length === 0; i++) {
			await user.click(document.querySelector<HTMLInputElement>('input[type="radio"]')!);
			await user.click(screen.getByRole('button', { name: 'Next' }));
		}
		const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
		expect(boxes.length).toBeGreaterThan(1);
		await user.click(boxes[0]!);
		await user.click(boxes[1]!);
		expect(boxes.filter((b) => b.checked)).toHaveLength(2);
		const multi = legend().textContent;
		await user.click(boxes[0]!);
		await user.click(boxes[1]!);
		// Going on with nothing ticked is allowed ("or none").
		await user.click(screen.getByRole('button', { name: 'Next' }));
		expect(legend().textContent).not.toBe(multi);
		expect(screen.queryByText('Choose one answer to go on.')).toBeNull();
	});
});
