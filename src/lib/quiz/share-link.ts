/**
 * Share links: the answers as a readable URL fragment, for example
 *   v=2&region=eu-eea&age=adult&worries=ai-posts,ad-profiling&reach=not-at-all
 * Ids only, no words, so a link made on a page in one language opens the same plan in any other.
 * Nothing is sent anywhere: the fragment never leaves the reader's browser.
 * Version 1 links (before the AI-training worry was split in two) still open: their answers are
 * mapped onto today's questions by migrateV1Answers. decodeAnswers never throws.
 */
import { migrateV1Answers, validateAnswers } from './answers';
import { QUESTION_SPECS } from './questions';
import type { Answers } from './types';

export const SHARE_LINK_VERSION = '2';
/** Versions this code can still read. */
const READABLE_VERSIONS = ['1', '2'];
/** Longer than any link the quiz can make, by a wide margin. */
export const MAX_FRAGMENT_LENGTH = 2000;

/** Why a link could not be read; the island shows the matching sentence from its text props. */
export type DecodeProblem = 'broken' | 'changed' | 'too-long' | 'empty' | 'no-version' | 'outdated';
export type DecodeResult = { ok: true; answers: Answers } | { ok: false; reason: DecodeProblem };

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
	if (typeof fragment !== 'string') return { ok: false, reason: 'broken' };
	if (fragment.length > MAX_FRAGMENT_LENGTH) return { ok: false, reason: 'too-long' };
	const body = fragment.replace(/^[#?]/, '').trim();
	if (body === '') return { ok: false, reason: 'empty' };

	const pairs = new Map<string, string>();
	for (const part of body.split('&')) {
		if (part === '') continue;
		const eq = part.indexOf('=');
		if (eq <= 0) return { ok: false, reason: 'broken' };
		const key = decodePart(part.slice(0, eq));
		const value = decodePart(part.slice(eq + 1));
		if (key === null || value === null) return { ok: false, reason: 'broken' };
		if (pairs.has(key)) return { ok: false, reason: 'changed' };
		pairs.set(key, value);
	}

	const version = pairs.get('v');
	if (version === undefined) return { ok: false, reason: 'no-version' };
	if (!READABLE_VERSIONS.includes(version)) return { ok: false, reason: /^\d+$/.test(version) ? 'outdated' : 'broken' };
	pairs.delete('v');

	const kinds = new Map(QUESTION_SPECS.map((q) => [q.id, q.kind]));
	// validateAnswers does the checking: fromEntries makes every key an own property, even "__proto__".
	let raw: Record<string, unknown> = Object.fromEntries(
		[...pairs].map(([key, value]) => [key, kinds.get(key) === 'multi' ? (value === '' ? [] : value.split(',')) : value]),
	);
	if (version === '1') {
		// Version 1 had no "objected" question and one "ai-training" worry: an objected= in a v1 link was never written.
		if (Object.hasOwn(raw, 'objected')) return { ok: false, reason: 'changed' };
		raw = migrateV1Answers(raw);
	}
	const checked = validateAnswers(raw);
	// Unknown questions or options, a repeated option, or an answer to a follow-up that is hidden:
	// the quiz never writes any of these, so the link was changed.
	if (checked.dropped) return { ok: false, reason: 'changed' };
	return { ok: true, answers: checked.answers };
}

/**
 * Reads a share-link fragment (with or without the leading "#"). A broken, outdated or edited
 * link gives ok:false and a problem code. Never throws.
 */
export function decodeAnswers(fragment: string): DecodeResult {
	try {
		return decodeUnsafe(fragment);
	} catch {
		return { ok: false, reason: 'broken' };
	}
}
