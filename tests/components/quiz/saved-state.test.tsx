// What the island keeps in localStorage: ticks, answers and where the reader was; and forgetting it all.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import QuizIsland from '../../../src/components/quiz/QuizIsland';
import { encodeAnswers } from '../../../src/lib/quiz/share-link';
import { fixtureCatalogue, quizText } from './fixtures';
import { freshPage, legend, progressText, quizKeys } from './helpers';

freshPage();

const euAdult = { region: 'eu-eea', age: 'adult', account: 'personal', worries: ['ai-posts', 'ad-profiling'], ads: 'not-at-all' };

async function openPlan() {
	window.history.replaceState(null, '', `/quiz/#${encodeAnswers(euAdult)}`);
	const view = render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
	await screen.findByRole('heading', { name: 'Your plan' });
	return view;
}

describe('saved state', () => {
	it('corrupt localStorage shows a fresh start without throwing', async () => {
		localStorage.setItem('ig-ai-optout:answers', '{"region": "uk", oops');
		localStorage.setItem('ig-ai-optout:ticked', '"not a list"');
		render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		await screen.findByText('Your saved answers could not be read, so the quiz starts fresh.');
		expect(legend().textContent).toBe('Where do you live?');
		expect(screen.getByText(progressText(1))).toBeTruthy();
		expect(quizKeys()).toEqual([]);
	});

	it('ticking an item survives a re-render', async () => {
		const user = userEvent.setup();
		const first = await openPlan();
		const box = screen.getByLabelText('Done: Object to AI training') as HTMLInputElement;
		expect(box.checked).toBe(false);
		await user.click(box);
		first.rerender(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		expect((screen.getByLabelText('Done: Object to AI training') as HTMLInputElement).checked).toBe(true);
		// And a fresh page load, from what was saved in this browser.
		first.unmount();
		await openPlan();
		expect((screen.getByLabelText('Done: Object to AI training') as HTMLInputElement).checked).toBe(true);
	});

	it('resumes at the question where the reader left off', async () => {
		const user = userEvent.setup();
		const first = render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		await user.click(screen.getByLabelText('United Kingdom'));
		await user.click(screen.getByRole('button', { name: 'Next' }));
		first.unmount();
		render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		expect(await screen.findByText(progressText(2))).toBeTruthy();
		expect(document.querySelector('legend')?.textContent).toBe('How old are you?');
	});

	it('Forget my answers empties every ig-ai-optout: key and says so', async () => {
		const user = userEvent.setup();
		await openPlan();
		await user.click(screen.getByLabelText('Done: Object to AI training'));
		await user.click(screen.getByRole('button', { name: 'Change my answers' }));
		expect(document.querySelector('legend')?.textContent).toBe('Where do you live?');
		expect((screen.getByLabelText('European Union, Iceland, Liechtenstein or Norway') as HTMLInputElement).checked).toBe(true);
		await user.click(screen.getByRole('button', { name: 'Next' }));
		expect(quizKeys().length).toBeGreaterThan(0);
		await user.click(screen.getByRole('button', { name: 'Back' }));
		await user.click(screen.getByRole('button', { name: 'Next' }));
		for (let i = 0; i < 12 && !screen.queryByRole('heading', { name: 'Your plan' }); i++) {
			if (document.querySelector('input[name="pay"]')) await user.click(screen.getByLabelText('No'));
			const radios = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
			if (radios.length > 0 && !radios.some((r) => r.checked)) await user.click(radios[0]!);
			await user.click(document.querySelector<HTMLButtonElement>('button[type="submit"]')!);
		}
		await screen.findByRole('heading', { name: 'Your plan' });
		expect(quizKeys().length).toBeGreaterThan(0);
		await user.click(screen.getByRole('button', { name: 'Forget my answers' }));
		expect(quizKeys()).toEqual([]);
		expect(screen.getByText('Your answers are forgotten.')).toBeTruthy();
		expect(document.querySelector('legend')?.textContent).toBe('Where do you live?');
		expect(window.location.hash).toBe('');
	});

	it('keeps the ticks of a checklist saved by the first version of the quiz, and shows its plan', async () => {
		localStorage.setItem('ig-ai-optout:answers', JSON.stringify({ region: 'uk', age: 'adult', worries: ['ai-training'], pay: 'no' }));
		localStorage.setItem('ig-ai-optout:step', '10');
		localStorage.setItem('ig-ai-optout:ticked', JSON.stringify(['object-to-ai-training']));
		render(<QuizIsland catalogue={fixtureCatalogue} {...quizText} />);
		await screen.findByRole('heading', { name: 'Your plan' });
		expect((screen.getByLabelText('Done: Object to AI training') as HTMLInputElement).checked).toBe(true);
		expect(screen.queryByText('Your saved answers could not be read, so the quiz starts fresh.')).toBeNull();
	});

	it('Restart goes back to the first question with no answers chosen', async () => {
		const user = userEvent.setup();
		await openPlan();
		await user.click(screen.getByRole('button', { name: 'Restart the quiz' }));
		expect(document.activeElement?.textContent).toBe('Where do you live?');
		expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
		expect(window.location.hash).toBe('');
	});
});
