/**
 * Share links: the answers as a readable URL fragment, for example
 *   v=1&region=eu-eea&age=adult&worries=ai-training,ad-profiling&reach=not-at-all
 * Nothing is sent anywhere: the fragment never leaves the reader's browser.
 * decodeAnswers never throws, whatever string it is given.
 */
import { validateAnswers } from './engine';
import { QUESTION_SPECS } from './questions';
import type { Answers } from './types';

export const SHARE_LINK_VERSION = '1';
/** Longer than any link the quiz can make, by a wide margin. */
export const MAX_FRAGMENT_LENGTH = 2000;

export type DecodeResult = { ok: true; answers: Answers } | { ok: false; reason: string };

const BROKEN = 'This link is broken, so we could not read the answers in it. You can take the quiz again instead.';
const CHANGED =
	'This link has answers the quiz does not know. It may have been changed or cut short. You can take the quiz again instead.';
const TOO_LONG =
	'This link is far longer than any quiz link, so we did not read it. You can take the quiz again instead.';
const EMPTY = 'This link has no answers in it. You can take the quiz instead.';
const NO_VERSION =
	'This link does not say which version of the quiz made it, so we could not read it. You can take the quiz again instead.';
const OUTDATED =
	'This link was made by a different version of the quiz, and its questions have changed. Please take the quiz again.';

/** Turns answers into a share-link fragment (without the leading "#"). Unknown answers are left out. */
export function encodeAnswers(answers: Answers): string {
	const clean = validateAnswers(answers).answers;
	const parts = [`v=${SHARE_LINK_VERSION}`];
	for (const question of QUESTION_SPECS) {
		if (!Object.hasOwn(clean, question.id)) continue;
		const value = clean[question.id];
		parts.push(`${question.id}=${Array.isArray(value) ? value.join(',') : value}`);
	}
	return parts.join('&');
}

function decodePart(text: string): string | null {
	try {
		return decodeURIComponent(text);
	} catch {
		return null;
	}
}

function decodeUnsafe(fragment: unknown): DecodeResult {
	if (typeof fragment !== 'string') return { ok: false, reason: BROKEN };
	if (fragment.length > MAX_FRAGMENT_LENGTH) return { ok: false, reason: TOO_LONG };
	const body = fragment.replace(/^[#?]/, '').trim();
	if (body === '') return { ok: false, reason: EMPTY };

	const pairs = new Map<string, string>();
	for (const part of body.split('&')) {
		if (part === '') continue;
		const eq = part.indexOf('=');
		if (eq <= 0) return { ok: false, reason: BROKEN };
		const key = decodePart(part.slice(0, eq));
		const value = decodePart(part.slice(eq + 1));
		if (key === null || value === null) return { ok: false, reason: BROKEN };
		if (pairs.has(key)) return { ok: false, reason: CHANGED };
		pairs.set(key, value);
	}

	const version = pairs.get('v');
	if (version === undefined) return { ok: false, reason: NO_VERSION };
	if (version !== SHARE_LINK_VERSION) return { ok: false, reason: /^\d+$/.test(version) ? OUTDATED : BROKEN };
	pairs.delete('v');

	const kinds = new Map(QUESTION_SPECS.map((q) => [q.id, q.kind]));
	// validateAnswers does the checking: fromEntries makes every key an own property, even "__proto__".
	const raw = Object.fromEntries(
		[...pairs].map(([key, value]) => [key, kinds.get(key) === 'multi' ? (value === '' ? [] : value.split(',')) : value]),
	);
	const checked = validateAnswers(raw);
	// Unknown questions or options, a repeated option, or an answer to a follow-up that is hidden:
	// the quiz never writes any of these, so the link was changed.
	if (checked.dropped) return { ok: false, reason: CHANGED };
	return { ok: true, answers: checked.answers };
}

/**
 * Reads a share-link fragment (with or without the leading "#"). A broken, outdated or edited
 * link gives ok:false and a plain reason to show the reader. Never throws.
 */
export function decodeAnswers(fragment: string): DecodeResult {
	try {
		return decodeUnsafe(fragment);
	} catch {
		return { ok: false, reason: BROKEN };
	}
}
