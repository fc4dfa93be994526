// The index re-chunking (scripts/pagefind-rechunk.mjs): CBOR read and written back byte for byte,
// and words grouped the way Pagefind groups them, in smaller chunks.
import { describe, expect, it } from 'vitest';
import { chunkWords, decodeCbor, encodeCbor } from '../../../scripts/pagefind-rechunk.mjs';

/** A word as Pagefind stores it: [word, [[page, positions (a weight marker is negative)], extra]], extra]. */
const word = (w: string, positions: number) => [w, [[0, [{ negative: 24 }, ...Array.from({ length: positions }, (_, i) => i)], []]], []];

describe('CBOR as Pagefind writes it', () => {
	it('reads and writes back the same bytes', () => {
		const value = [
			'1.6.0',
			[['en_abc', 75, 'x'.repeat(300)]],
			[{ negative: 24 }, 0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 + 1],
			{ bytes: Buffer.from([1, 2, 3]) },
		];
		const bytes = encodeCbor(value);
		expect(encodeCbor(decodeCbor(bytes))).toEqual(bytes);
		expect(decodeCbor(bytes)).toEqual(value);
	});

	it('refuses bytes it does not understand instead of guessing', () => {
		expect(() => decodeCbor(Buffer.from([0xf9, 0, 0]))).toThrow(/unsupported CBOR/);
		expect(() => decodeCbor(Buffer.from([0x01, 0x02]))).toThrow(/unread bytes/);
	});
});

describe('chunks', () => {
	it('keep every word once, sorted, cut after about the given number of positions', () => {
		const words = ['delta', 'alpha', 'charlie', 'bravo', 'echo', 'foxtrot'].map((w) => word(w, 4));
		const chunks = chunkWords(words, 9);
		expect(chunks.flatMap((c) => c.words.map((w) => w[0]))).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot']);
		expect(chunks.map((c) => c.words.length)).toEqual([2, 2, 2]);
	});

	it('name their boundaries by the shortest prefixes that tell them apart, as Pagefind does', () => {
		const chunks = chunkWords([word('apple', 9), word('banana', 9), word('cherry', 9)], 9);
		expect(chunks.map(({ from, to }) => [from, to])).toEqual([
			['apple', 'a'],
			['b', 'b'],
			['c', 'cherry'],
		]);
	});

	it('do not split words that begin with the same two letters, so a typed prefix finds them all', () => {
		const chunks = chunkWords([word('obey', 9), word('object', 9), word('objection', 9), word('other', 9)], 20);
		expect(chunks.map((c) => c.words.map((w) => w[0]))).toEqual([['obey', 'object', 'objection'], ['other']]);
	});
});
