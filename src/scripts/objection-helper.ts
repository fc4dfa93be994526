/**
 * The objection helper's behaviour (see ObjectionHelper.astro). Everything stays on the device:
 * no request is made, and localStorage is used only while "Remember" is ticked.
 */
import { composeReason, type ReasonChoice } from '../lib/objection-reason';

const STORAGE_KEY = 'objection-helper';

interface Saved {
	chosen: string[];
	own: string;
	text: string;
}

function readSaved(): Saved | undefined {
	try {
		const raw = localStorage.getItem(STORAGE_KEY);
		if (!raw) return undefined;
		const value = JSON.parse(raw) as Partial<Saved>;
		if (!Array.isArray(value.chosen) || typeof value.own !== 'string' || typeof value.text !== 'string') return undefined;
		return { chosen: value.chosen.filter((c): c is string => typeof c === 'string'), own: value.own, text: value.text };
	} catch {
		// Private browsing or a damaged entry: start empty rather than fail.
		return undefined;
	}
}

function setup(root: HTMLElement): void {
	const live = root.querySelector<HTMLElement>('[data-helper-live]');
	const fixed = root.querySelector<HTMLElement>('[data-helper-static]');
	const own = root.querySelector<HTMLTextAreaElement>('#helper-own');
	const result = root.querySelector<HTMLTextAreaElement>('#helper-text');
	const remember = root.querySelector<HTMLInputElement>('#helper-remember');
	if (!live || !own || !result || !remember) return;
	const boxes = [...root.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')];
	const choices: ReasonChoice[] = boxes.map((b) => ({ id: b.value, label: '', sentence: b.dataset.sentence ?? '' }));
	const opening = root.dataset.opening ?? '';

	live.hidden = false;
	if (fixed) fixed.hidden = true;

	const save = () => {
		try {
			if (remember.checked) {
				const saved: Saved = { chosen: boxes.filter((b) => b.checked).map((b) => b.value), own: own.value, text: result.value };
				localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
			} else {
				localStorage.removeItem(STORAGE_KEY);
			}
		} catch {
			// Storage refused (private mode): the helper still works, it just cannot remember.
		}
	};
	const compose = () => {
		result.value = composeReason(
			opening,
			choices,
			boxes.filter((b) => b.checked).map((b) => b.value),
			own.value,
		);
		save();
	};

	const saved = readSaved();
	if (saved) {
		for (const b of boxes) b.checked = saved.chosen.includes(b.value);
		own.value = saved.own;
		result.value = saved.text;
		remember.checked = true;
	}

	for (const b of boxes) b.addEventListener('change', compose);
	own.addEventListener('input', compose);
	// The reader's own edits to the result are theirs: keep them, and remember them if asked.
	result.addEventListener('input', save);
	remember.addEventListener('change', save);
}

for (const root of document.querySelectorAll<HTMLElement>('[data-objection-helper]')) setup(root);
