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

	it('do not split words that begin with the same three letters, so a typed prefix finds them all', () => {
		const chunks = chunkWords([word('obey', 9), word('object', 9), word('objection', 9), word('objet', 9), word('other', 9)], 20);
		expect(chunks.map((c) => c.words.map((w) => w[0]))).toEqual([['obey', 'object', 'objection', 'objet'], ['other']]);
		const german = chunkWords([word('wenn', 9), word('wider', 9), word('widerspruch', 9), word('wie', 9), word('wir', 9)], 15);
		expect(german.map((c) => c.words.map((w) => w[0]))).toEqual([
			['wenn', 'wider', 'widerspruch'],
			['wie', 'wir'],
		]);
	});

	it('keep words of one language apart from another’s: each language’s index is re-chunked on its own', async () => {
		const { mkdtempSync, mkdirSync, readdirSync, writeFileSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const { join } = await import('node:path');
		const { gzipSync } = await import('node:zlib');
		const { rechunkIndex, readPagefindFile } = await import('../../../scripts/pagefind-rechunk.mjs');
		const pack = (value: unknown) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encodeCbor(value)]));
		const dir = mkdtempSync(join(tmpdir(), 'rechunk-'));
		mkdirSync(join(dir, 'index'));
		const languages: Record<string, { hash: string; wasm: string; page_count: number }> = {};
		for (const [lang, words] of [
			['en', ['apple', 'banana', 'cherry', 'damson']],
			['pt-br', ['abacaxi', 'banana', 'caju', 'damasco']],
		] as const) {
			writeFileSync(join(dir, 'index', `${lang}_old.pf_index`), pack([words.map((w) => word(w, 9))]));
			writeFileSync(join(dir, `pagefind.${lang}_meta.pf_meta`), pack(['1.6.0', [], [['a', 'd', `${lang}_old`]], []]));
			languages[lang] = { hash: `${lang}_meta`, wasm: lang, page_count: 1 };
		}
		writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages }));
		expect(rechunkIndex(dir, 15)).toEqual({ en: { before: 1, after: 2 }, 'pt-br': { before: 1, after: 2 } });
		const entry = JSON.parse((await import('node:fs')).readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
		for (const [lang, first] of [
			['en', 'apple'],
			['pt-br', 'abacaxi'],
		] as const) {
			const meta = readPagefindFile(join(dir, `pagefind.${entry.languages[lang].hash}.pf_meta`)) as unknown[];
			const chunks = meta[2] as [string, string, string][];
			expect(chunks.every(([, , hash]) => hash.startsWith(`${lang}_`))).toBe(true);
			const words = chunks.flatMap(([, , hash]) =>
				(readPagefindFile(join(dir, 'index', `${hash}.pf_index`)) as unknown[][][])[0]!.map((w) => w[0]),
			);
			expect(words[0]).toBe(first);
			expect(words).toHaveLength(4);
		}
		expect(readdirSync(join(dir, 'index')).filter((f) => f.includes('_old'))).toEqual([]);
	});
});
