// Splits Pagefind's word index into smaller chunks, so a first search downloads less.
//
// Why: Pagefind 1.x cuts its word index into chunks of about 20,000 word positions (a constant in
// its Rust code, not an option), about 25 KB gzipped each here. A search fetches every chunk that
// holds one of its words, so even a one-word search paid 25 KB, a quarter of the first-search budget
// (issue 12). Smaller chunks mean a search fetches only the few kilobytes around its own words.
//
// How: the chunks and the metadata that lists them are gzipped CBOR behind a "pagefind_dcd"
// signature. This reads them, regroups the same words into smaller chunks exactly the way Pagefind
// groups them (sorted words, cut after a number of positions, boundaries named by their shortest
// distinguishing prefixes), and writes them back with a new metadata file. Nothing else changes:
// the same words, pages, positions, fragments and filters. Each language has its own word index
// (Pagefind splits pages by their <html lang>, one metadata file per language in pagefind-entry.json);
// each is re-chunked the same way. It refuses any Pagefind version it was not written against, and
// the site tests search the rewritten index of every language with the real pagefind.js.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** The Pagefind index format this was written against (pagefind-entry.json "version"). */
export const SUPPORTED_VERSIONS = ['1.6.0'];
/**
 * Word positions per chunk: about 1.5 to 2 KB gzipped (Pagefind’s own is 20,000). Chosen with every
 * language's index in view: German and French words are longer, so their chunks weigh more for the
 * same positions. See measure-search.mjs and tests/site/search-bytes.test.ts.
 */
export const CHUNK_POSITIONS = 400;
/**
 * At most this many chunks: every first search loads the metadata that lists them (about 25 bytes
 * each), so a much larger site gets larger chunks instead of a longer list.
 */
export const MAX_CHUNKS = 200;

const SIGNATURE = Buffer.from('pagefind_dcd');

// ---- CBOR, only the parts Pagefind writes (minicbor: unsigned and negative integers, text, bytes, arrays, maps) ----

export function decodeCbor(buf) {
	let i = 0;
	const length = (info) => {
		if (info < 24) return info;
		if (info === 24) return buf[i++];
		if (info === 25) return ((i += 2), buf.readUInt16BE(i - 2));
		if (info === 26) return ((i += 4), buf.readUInt32BE(i - 4));
		if (info === 27) return ((i += 8), Number(buf.readBigUInt64BE(i - 8)));
		throw new Error(`Pagefind index: unsupported CBOR length ${info} at byte ${i}`);
	};
	const read = () => {
		const head = buf[i++];
		const major = head >> 5;
		const n = length(head & 31);
		switch (major) {
			case 0:
				return n;
			case 1:
				return { negative: n };
			case 2:
				return ((i += n), { bytes: buf.subarray(i - n, i) });
			case 3:
				return ((i += n), buf.toString('utf8', i - n, i));
			case 4:
				return Array.from({ length: n }, read);
			case 5: {
				const map = new Map();
				for (let k = 0; k < n; k++) map.set(read(), read());
				return { map };
			}
			default:
				throw new Error(`Pagefind index: unsupported CBOR type ${major} at byte ${i - 1}`);
		}
	};
	const value = read();
	if (i !== buf.length) throw new Error(`Pagefind index: ${buf.length - i} unread bytes after the CBOR value`);
	return value;
}

export function encodeCbor(value) {
	const out = [];
	const head = (major, n) => {
		const m = major << 5;
		if (n < 24) out.push(Buffer.from([m | n]));
		else if (n < 0x100) out.push(Buffer.from([m | 24, n]));
		else if (n < 0x10000) {
			const b = Buffer.alloc(3);
			b[0] = m | 25;
			b.writeUInt16BE(n, 1);
			out.push(b);
		} else if (n < 0x100000000) {
			const b = Buffer.alloc(5);
			b[0] = m | 26;
			b.writeUInt32BE(n, 1);
			out.push(b);
		} else {
			const b = Buffer.alloc(9);
			b[0] = m | 27;
			b.writeBigUInt64BE(BigInt(n), 1);
			out.push(b);
		}
	};
	const write = (v) => {
		if (typeof v === 'number') head(0, v);
		else if (typeof v === 'string') {
			const b = Buffer.from(v, 'utf8');
			head(3, b.length);
			out.push(b);
		} else if (Array.isArray(v)) {
			head(4, v.length);
			v.forEach(write);
		} else if ('negative' in v) head(1, v.negative);
		else if ('bytes' in v) {
			head(2, v.bytes.length);
			out.push(Buffer.from(v.bytes));
		} else if ('map' in v) {
			head(5, v.map.size);
			for (const [k, x] of v.map) {
				write(k);
				write(x);
			}
		} else throw new Error('Pagefind index: cannot encode this value');
	};
	write(value);
	return Buffer.concat(out);
}

export function readPagefindFile(file) {
	const raw = gunzipSync(readFileSync(file));
	if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${file} is not a Pagefind index file (no signature)`);
	return decodeCbor(raw.subarray(SIGNATURE.length));
}

const pack = (value) => gzipSync(Buffer.concat([SIGNATURE, encodeCbor(value)]), { level: 9 });
const shortHash = (bytes, taken) => {
	const hash = createHash('sha256').update(bytes).digest('hex');
	let length = 7;
	while (taken.has(hash.slice(0, length))) length += 1;
	return hash.slice(0, length);
};

// ---- chunking, as Pagefind's index/mod.rs does it ----

// Weight changes are stored among the positions as negative numbers; Pagefind counts positions only.
const positions = (word) => word[1].reduce((n, page) => n + page[1].filter((loc) => typeof loc === 'number').length + 1, 0);
const byteOrder = (a, b) => Buffer.compare(Buffer.from(a[0], 'utf8'), Buffer.from(b[0], 'utf8'));

function prefixes(a, b) {
	const ac = [...a];
	const bc = [...b];
	let common = 0;
	while (common < ac.length && common < bc.length && ac[common] === bc[common]) common += 1;
	return [ac.slice(0, common + 1).join(''), bc.slice(0, common + 1).join('')];
}

/** Shared leading characters that keep words in one chunk (see chunkWords). */
const KEEP_TOGETHER = 3;

/**
 * Groups sorted words into chunks of about `size` positions. Pagefind looks up each search term in
 * one chunk only, so a prefix ("obj" while typing "objection") only finds the words in that chunk:
 * a cut is therefore made only where the first three letters change, unless a chunk grows to twice
 * its size, so a term of three letters or more finds every word it begins. (Two letters kept
 * German chunks large: "wi" begins "wie", "wir", "wird" and "widerspruch". A two-letter term, such
 * as "ki", "eu" or "dm", is a whole word, and still finds itself.)
 */
export function chunkWords(words, size) {
	const sorted = [...words].sort(byteOrder);
	const chunks = [];
	let chunk = [];
	let count = 0;
	const start = (word) => [...word].slice(0, KEEP_TOGETHER).join('');
	for (const [i, word] of sorted.entries()) {
		chunk.push(word);
		count += positions(word);
		const next = sorted[i + 1];
		if (next && count >= size && (start(next[0]) !== start(word[0]) || count >= 2 * size)) {
			chunks.push(chunk);
			chunk = [];
			count = 0;
		}
	}
	if (chunk.length > 0) chunks.push(chunk);
	const ranges = chunks.map((c) => ({ from: c[0][0], to: c[c.length - 1][0] }));
	for (let i = 0; i + 1 < ranges.length; i++) [ranges[i].to, ranges[i + 1].from] = prefixes(ranges[i].to, ranges[i + 1].from);
	return chunks.map((c, i) => ({ words: c, ...ranges[i] }));
}

/**
 * Rewrites the word index of every language of a built Pagefind bundle (<bundleDir>/pagefind-entry.json
 * and the files it names) into chunks of about `size` positions. Returns the chunk counts before and
 * after, by language.
 */
export function rechunkIndex(bundleDir, size = CHUNK_POSITIONS) {
	const entryFile = join(bundleDir, 'pagefind-entry.json');
	const entry = JSON.parse(readFileSync(entryFile, 'utf8'));
	if (!SUPPORTED_VERSIONS.includes(entry.version)) {
		throw new Error(
			`pagefind-rechunk: Pagefind ${entry.version} is not one this script knows (${SUPPORTED_VERSIONS.join(', ')}). ` +
				'Check its index format (pagefind/src/index/mod.rs) and add the version, or stop calling rechunkIndex.',
		);
	}
	const report = {};
	for (const [language, info] of Object.entries(entry.languages)) {
		const metaFile = join(bundleDir, `pagefind.${info.hash}.pf_meta`);
		const meta = readPagefindFile(metaFile);
		// MetaIndex: [version, pages, index_chunks: [from, to, hash][], filters, ...]
		const [version, , oldChunks] = meta;
		if (version !== entry.version || !Array.isArray(oldChunks)) throw new Error(`pagefind-rechunk: unexpected metadata in ${metaFile}`);
		const words = oldChunks.flatMap(([, , hash]) => readPagefindFile(join(bundleDir, 'index', `${hash}.pf_index`))[0]);
		const total = words.reduce((n, word) => n + positions(word), 0);
		const written = new Set();
		const chunks = chunkWords(words, Math.max(size, Math.ceil(total / MAX_CHUNKS))).map((chunk) => {
			const bytes = pack([chunk.words]);
			const hash = `${language}_${shortHash(bytes, written)}`;
			written.add(hash.slice(language.length + 1));
			writeFileSync(join(bundleDir, 'index', `${hash}.pf_index`), bytes);
			return [chunk.from, chunk.to, hash];
		});
		for (const [, , hash] of oldChunks) if (!chunks.some((c) => c[2] === hash)) rmSync(join(bundleDir, 'index', `${hash}.pf_index`));
		const newMeta = [...meta];
		newMeta[2] = chunks;
		const metaBytes = pack(newMeta);
		const metaHash = `${language}_${createHash('sha256').update(metaBytes).digest('hex').slice(0, 10)}`;
		rmSync(metaFile);
		writeFileSync(join(bundleDir, `pagefind.${metaHash}.pf_meta`), metaBytes);
		info.hash = metaHash;
		report[language] = { before: oldChunks.length, after: chunks.length };
	}
	writeFileSync(entryFile, JSON.stringify(entry));
	return report;
}

// Usage: node scripts/pagefind-rechunk.mjs <site>/pagefind [positions]
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
	const [dir, size] = process.argv.slice(2);
	if (!dir || !existsSync(join(dir, 'pagefind-entry.json'))) {
		console.error('Usage: node scripts/pagefind-rechunk.mjs <site>/pagefind [positions]');
		process.exit(1);
	}
	console.log(rechunkIndex(dir, size ? Number(size) : undefined));
}
