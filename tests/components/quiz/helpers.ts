import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { QUESTION_SPECS } from '../../../src/lib/quiz/questions';

/** Every test starts on /quiz/ with no fragment and empty storage, and leaves nothing mounted. */
export function freshPage(): void {
	beforeEach(() => {
		localStorage.clear();
		window.history.replaceState(null, '', '/quiz/');
	});
	afterEach(() => {
		cleanup();
		localStorage.clear();
	});
}

export function quizKeys(): string[] {
	return Object.keys(localStorage).filter((key) => key.startsWith('ig-ai-optout:'));
}

/** The data-setting-id of every plan item on screen, in order. */
export function shownSettingIds(container: HTMLElement): string[] {
	return [...container.querySelectorAll<HTMLElement>('[data-setting-id]')].map((el) => el.dataset['settingId'] ?? '');
}

/** The progress line the reader should see at `position`: the total counts every question from the start. */
export function progressText(position: number): string {
	return `Question ${position} of ${QUESTION_SPECS.length}`;
}

/** The legend (question text) on screen. */
export function legend(): HTMLElement {
	const element = document.querySelector('legend');
	if (!element) throw new Error('no question on screen');
	return element as HTMLElement;
}
