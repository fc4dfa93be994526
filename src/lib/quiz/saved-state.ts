/**
 * Saving the quiz on the reader's own device (localStorage), and forgetting it on request.
 * Every function takes a Storage-like object so it works without a browser, and none of them
 * throws: storage can be missing, full, blocked (private mode) or hold junk.
 */
import { migrateV1Answers, validateAnswers } from './answers';
import { PLAN_STEP_ID, QUESTION_SPECS } from './questions';
import type { Answers } from './types';

export const STORAGE_PREFIX = 'ig-ai-optout:';

export const STORAGE_KEYS = {
	answers: `${STORAGE_PREFIX}answers`,
	step: `${STORAGE_PREFIX}step`,
	ticked: `${STORAGE_PREFIX}ticked`,
} as const;

/** Every key this site writes. forgetEverything removes exactly these. */
export const ALL_STORAGE_KEYS: readonly string[] = Object.values(STORAGE_KEYS);

/** The part of the Web Storage API this module uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface SavedState {
	answers: Answers;
	/** Where the reader was: a question id, or PLAN_STEP_ID when the plan was showing. */
	step: string;
	/** Setting ids the reader ticked as done. */
	ticked: string[];
}

export interface LoadResult {
	state: SavedState;
	/**
	 * True when something was saved but could not be used (corrupt, wrong shape, or answers the
	 * quiz no longer knows): the state is fresh and the reader should be told their saved answers
	 * could not be restored.
	 */
	notice: boolean;
	/** False when storage is missing or refuses to be read (for example private browsing). */
	storageWorks: boolean;
}

export { PLAN_STEP_ID };
/**
 * Version 1 saved the step as an index into its question list. Read in those terms, so a reader who
 * was looking at their plan (index 10) is shown their plan, not a question.
 */
const V1_STEPS = ['region', 'age', 'account', 'worries', 'feed', 'explore', 'ads', 'ai', 'reach', 'pay', PLAN_STEP_ID];
const STEP_IDS = [...QUESTION_SPECS.map((q) => q.id), PLAN_STEP_ID];
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function freshState(): SavedState {
	return { answers: {}, step: QUESTION_SPECS[0]!.id, ticked: [] };
}

/** The browser's localStorage, or null when it is missing or blocked. Never throws. */
export function browserStorage(): StorageLike | null {
	try {
		const storage = (globalThis as { localStorage?: StorageLike }).localStorage;
		return storage ?? null;
	} catch {
		return null;
	}
}

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return { ok: false };
	}
}

function readAnswers(text: string): Answers | null {
	const parsed = parse(text);
	if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object') return null;
	// Answers saved before the AI-training worry was split are mapped, so a returning reader keeps
	// their answers (and, with them, their ticks).
	const { answers, dropped } = validateAnswers(migrateV1Answers(parsed.value as Record<string, unknown>), QUESTION_SPECS);
	return dropped ? null : answers;
}

function readStep(text: string): string | null {
	const parsed = parse(text);
	if (!parsed.ok) return null;
	const step = parsed.value;
	if (typeof step === 'number') return Number.isInteger(step) && step >= 0 ? (V1_STEPS[step] ?? null) : null;
	return typeof step === 'string' && STEP_IDS.includes(step) ? step : null;
}

function readTicked(text: string): string[] | null {
	const parsed = parse(text);
	if (!parsed.ok || !Array.isArray(parsed.value)) return null;
	const ticked = parsed.value;
	if (!ticked.every((id): id is string => typeof id === 'string' && ID_PATTERN.test(id))) return null;
	return [...new Set(ticked)];
}

/**
 * Reads what was saved. Anything corrupt gives a fresh state with notice: true; storage that is
 * missing or throws gives a fresh state with storageWorks: false. Never throws.
 */
export function loadState(storage: StorageLike | null | undefined): LoadResult {
	if (!storage) return { state: freshState(), notice: false, storageWorks: false };
	let raw: { answers: string | null; step: string | null; ticked: string | null };
	try {
		raw = {
			answers: storage.getItem(STORAGE_KEYS.answers),
			step: storage.getItem(STORAGE_KEYS.step),
			ticked: storage.getItem(STORAGE_KEYS.ticked),
		};
	} catch {
		return { state: freshState(), notice: false, storageWorks: false };
	}
	const state = freshState();
	if (raw.answers !== null) {
		const answers = readAnswers(raw.answers);
		if (answers === null) return { state: freshState(), notice: true, storageWorks: true };
		state.answers = answers;
	}
	if (raw.step !== null) {
		const step = readStep(raw.step);
		if (step === null) return { state: freshState(), notice: true, storageWorks: true };
		state.step = step;
	}
	if (raw.ticked !== null) {
		const ticked = readTicked(raw.ticked);
		if (ticked === null) return { state: freshState(), notice: true, storageWorks: true };
		state.ticked = ticked;
	}
	return { state, notice: false, storageWorks: true };
}

function write(storage: StorageLike | null | undefined, key: string, value: unknown): boolean {
	if (!storage) return false;
	try {
		storage.setItem(key, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}

/** Saves the answers (cleaned of anything the quiz does not know). Returns false if storage refused. */
export function saveAnswers(storage: StorageLike | null | undefined, answers: Answers): boolean {
	return write(storage, STORAGE_KEYS.answers, validateAnswers(answers, QUESTION_SPECS).answers);
}

/** Saves the current step (a question id or PLAN_STEP_ID). Returns false if storage refused or the step is unknown. */
export function saveStep(storage: StorageLike | null | undefined, step: string): boolean {
	if (!STEP_IDS.includes(step)) return false;
	return write(storage, STORAGE_KEYS.step, step);
}

/** Saves the ids of ticked items. Returns false if storage refused. */
export function saveTicked(storage: StorageLike | null | undefined, ticked: string[]): boolean {
	return write(storage, STORAGE_KEYS.ticked, [...new Set(ticked.filter((id) => ID_PATTERN.test(id)))]);
}

/** Saves everything. Returns true only if all three parts were written. */
export function saveState(storage: StorageLike | null | undefined, state: SavedState): boolean {
	const a = saveAnswers(storage, state.answers);
	const s = saveStep(storage, state.step);
	const t = saveTicked(storage, state.ticked);
	return a && s && t;
}

/**
 * Removes every key this site saved, and nothing else. Returns true when all removals worked
 * (also when there was nothing to remove); false if storage is missing or refused.
 */
export function forgetEverything(storage: StorageLike | null | undefined): boolean {
	if (!storage) return false;
	let allRemoved = true;
	for (const key of ALL_STORAGE_KEYS) {
		try {
			storage.removeItem(key);
		} catch {
			allRemoved = false;
		}
	}
	return allRemoved;
}
