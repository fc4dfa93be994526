import { describe, expect, it } from 'vitest';
import {
	ALL_STORAGE_KEYS,
	PLAN_STEP_ID,
	STORAGE_KEYS,
	STORAGE_PREFIX,
	forgetEverything,
	freshState,
	loadState,
	saveAnswers,
	saveState,
	saveStep,
	saveTicked,
	type StorageLike,
} from '../../../src/lib/quiz/saved-state';

class MemoryStorage implements StorageLike {
	readonly data = new Map<string, string>();
	getItem(key: string) {
		return this.data.has(key) ? this.data.get(key)! : null;
	}
	setItem(key: string, value: string) {
		this.data.set(key, String(value));
	}
	removeItem(key: string) {
		this.data.delete(key);
	}
}

/** Storage as some browsers give it in private mode: every call throws. */
const throwingStorage: StorageLike = {
	getItem() {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	},
	setItem() {
		throw new DOMException('Quota exceeded', 'QuotaExceededError');
	},
	removeItem() {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	},
};

const answers = { region: 'uk', age: 'adult', worries: ['ai-chats'], pay: 'yes' };

describe('Saved quiz state', () => {
	it('comes back exactly as it was saved', () => {
		const storage = new MemoryStorage();
		expect(saveState(storage, { answers, step: 'worries', ticked: ['private-account', 'ad-topics'] })).toBe(true);
		expect(loadState(storage)).toEqual({
			state: { answers, step: 'worries', ticked: ['private-account', 'ad-topics'] },
			notice: false,
			storageWorks: true,
		});
	});

	it('starts fresh, with no notice, when nothing was saved', () => {
		expect(loadState(new MemoryStorage())).toEqual({ state: freshState(), notice: false, storageWorks: true });
	});

	it('is stored only under keys that start with the site prefix', () => {
		const storage = new MemoryStorage();
		saveState(storage, { answers, step: 'age', ticked: ['mute-meta-ai'] });
		expect([...storage.data.keys()].sort()).toEqual([...ALL_STORAGE_KEYS].sort());
		for (const key of storage.data.keys()) expect(key.startsWith(STORAGE_PREFIX)).toBe(true);
		expect(STORAGE_PREFIX).toBe('ig-ai-optout:');
	});

	it('starts fresh with a notice when the saved answers are not valid JSON', () => {
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEYS.answers, '{"region": "uk"');
		expect(loadState(storage)).toEqual({ state: freshState(), notice: true, storageWorks: true });
	});

	it('starts fresh with a notice when the saved answers have the wrong shape', () => {
		for (const bad of ['[]', '"uk"', '42', 'null', '{"worries": "ai-chats"}', '{"region": 7}']) {
			const storage = new MemoryStorage();
			storage.setItem(STORAGE_KEYS.answers, bad);
			expect(loadState(storage), bad).toEqual({ state: freshState(), notice: true, storageWorks: true });
		}
	});

	it('starts fresh with a notice when the saved answers mention a question the quiz no longer has', () => {
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEYS.answers, JSON.stringify({ region: 'uk', oldQuestion: 'yes' }));
		expect(loadState(storage).notice).toBe(true);
	});

	it('starts fresh with a notice when the saved step is neither a question nor the plan', () => {
		for (const bad of ['"3"', '"colour"', '-1', '1.5', 'true', '{}', 'NaN', '1e9']) {
			const storage = new MemoryStorage();
			storage.setItem(STORAGE_KEYS.step, bad);
			expect(loadState(storage), bad).toEqual({ state: freshState(), notice: true, storageWorks: true });
		}
	});

	it('starts fresh with a notice when the saved ticks are not a list of setting ids', () => {
		for (const bad of ['{}', '"private-account"', '[1, 2]', '["Not An Id"]', '[null]']) {
			const storage = new MemoryStorage();
			storage.setItem(STORAGE_KEYS.ticked, bad);
			expect(loadState(storage), bad).toEqual({ state: freshState(), notice: true, storageWorks: true });
		}
	});

	it('starts fresh, saying storage does not work, when reading storage throws (private mode)', () => {
		expect(loadState(throwingStorage)).toEqual({ state: freshState(), notice: false, storageWorks: false });
	});

	it('reports a failed save instead of throwing when storage refuses to write', () => {
		expect(saveAnswers(throwingStorage, answers)).toBe(false);
		expect(saveStep(throwingStorage, 'age')).toBe(false);
		expect(saveTicked(throwingStorage, ['ad-topics'])).toBe(false);
	});

	it('works without any storage at all', () => {
		expect(loadState(null)).toEqual({ state: freshState(), notice: false, storageWorks: false });
		expect(saveAnswers(undefined, answers)).toBe(false);
		expect(forgetEverything(null)).toBe(false);
	});

	it('saves only answers the quiz knows', () => {
		const storage = new MemoryStorage();
		saveAnswers(storage, { region: 'us', pay: 'yes', colour: 'red' } as never);
		expect(JSON.parse(storage.getItem(STORAGE_KEYS.answers)!)).toEqual({ region: 'us' });
	});

	it('refuses to save a step that is neither a question nor the plan', () => {
		const storage = new MemoryStorage();
		expect(saveStep(storage, 'colour')).toBe(false);
		expect(storage.getItem(STORAGE_KEYS.step)).toBeNull();
	});
});

describe('What the first version of the quiz saved', () => {
	/** As version 1 wrote it: the old worry id, and the step as an index (10 was its plan). */
	function savedByV1(step: number) {
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEYS.answers, JSON.stringify({ region: 'eu-eea', age: 'adult', worries: ['ai-training'], pay: 'no' }));
		storage.setItem(STORAGE_KEYS.step, JSON.stringify(step));
		storage.setItem(STORAGE_KEYS.ticked, JSON.stringify(['object-to-ai-training', 'ad-topics']));
		return storage;
	}

	it('keeps the checklist ticks and shows the plan to a reader who was on it', () => {
		expect(loadState(savedByV1(10))).toEqual({
			state: {
				answers: { region: 'eu-eea', age: 'adult', worries: ['ai-posts', 'ai-chats'], pay: 'no' },
				step: PLAN_STEP_ID,
				ticked: ['object-to-ai-training', 'ad-topics'],
			},
			notice: false,
			storageWorks: true,
		});
	});

	it('puts a reader who was mid-way back on the same question, by what it asked', () => {
		// Index 4 was "feed" in version 1; today "objected" sits before it.
		expect(loadState(savedByV1(4)).state.step).toBe('feed');
	});
});

describe('forgetEverything', () => {
	it('removes every key the site saved and nothing else', () => {
		const storage = new MemoryStorage();
		saveState(storage, { answers, step: 'worries', ticked: ['ad-topics'] });
		storage.setItem('another-site:answers', 'keep me');
		storage.setItem('ig-ai-optout-lookalike', 'keep me too');
		expect(forgetEverything(storage)).toBe(true);
		expect([...storage.data.keys()].sort()).toEqual(['another-site:answers', 'ig-ai-optout-lookalike']);
	});

	it('leaves a fresh state behind', () => {
		const storage = new MemoryStorage();
		saveState(storage, { answers, step: 'worries', ticked: ['ad-topics'] });
		forgetEverything(storage);
		expect(loadState(storage)).toEqual({ state: freshState(), notice: false, storageWorks: true });
	});

	it('reports failure instead of throwing when storage refuses', () => {
		expect(forgetEverything(throwingStorage)).toBe(false);
	});
});
