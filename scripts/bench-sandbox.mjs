// A throwaway copy of the project for experiments that must not touch the real content:
// the bench's scale run (thousands of synthetic FAQ entries) builds in one of these.
// The copy lives under the system temp dir and shares node_modules through a symlink.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
// Node 24 strips the types of this TypeScript file on import: the lists stay defined once.
import { FAQ_TOPICS, REGIONS } from '../src/lib/vocabulary.ts';

/** Folders that are outputs, caches or too big to copy. */
const SKIP = new Set(['node_modules', '.git', 'dist', '.test-dist', '.astro', '.bench', '.ci-results', 'test-results', 'playwright-report']);

/** Copies the project at `root` to a fresh temp folder and returns its path. */
export function makeSandbox(root = process.cwd(), label = 'sandbox') {
	const dir = mkdtempSync(join(tmpdir(), `ig-ai-${label}-`));
	cpSync(resolve(root), dir, {
		recursive: true,
		filter: (src) => !(SKIP.has(basename(src)) && resolve(src, '..') === resolve(root)),
	});
	symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

export function removeSandbox(dir) {
	rmSync(dir, { recursive: true, force: true });
}

export const SYNTHETIC_SOURCE_ID = 'synthetic-bench-source';

const topics = FAQ_TOPICS;
const regions = REGIONS;
const words = (
	'account post photo reel story comment caption profile message setting privacy form objection region country ' +
	'training model assistant chat feed advert interest friend follower public private teen parent family data ' +
	'history download archive request email code confirmation policy notice right choice option control menu'
).split(' ');

/** Deterministic pseudo-random numbers, so two bench runs index exactly the same text. */
function rng(seed) {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

function sentence(next, length) {
	const picked = Array.from({ length }, () => words[Math.floor(next() * words.length)]);
	return `${picked[0][0].toUpperCase()}${picked[0].slice(1)} ${picked.slice(1).join(' ')}`;
}

/**
 * Writes `count` FAQ entries that satisfy the FAQ schema, plus the one synthetic source they cite.
 * Each entry has a question, a one-sentence answer and a few short paragraphs (about 150 words),
 * close to the size of a real entry.
 */
export function addSyntheticFaq(dir, count) {
	writeFileSync(
		join(dir, 'content/sources', `${SYNTHETIC_SOURCE_ID}.yaml`),
		[
			'publisher: Synthetic benchmark',
			'title: Synthetic source used only by the build benchmark',
			'url: https://example.org/synthetic-benchmark-source',
			'published: "2026"',
			'kind: secondary',
			'',
		].join('\n'),
	);
	const next = rng(count);
	const faqDir = join(dir, 'content/faq');
	mkdirSync(faqDir, { recursive: true });
	for (let i = 0; i < count; i++) {
		const body = Array.from({ length: 4 }, () => `${sentence(next, 12)}. ${sentence(next, 10)}. ${sentence(next, 14)}.`).join('\n\n');
		const front = [
			'---',
			`question: "Synthetic question ${i}: ${sentence(next, 6).toLowerCase()}?"`,
			`shortAnswer: "${sentence(next, 14)}."`,
			`topic: ${topics[i % topics.length]}`,
			`order: ${1000 + i}`,
			`regions: [${regions[i % regions.length]}]`,
			'lastVerified: 2026-11-28',
			'sources:',
			`  - ${SYNTHETIC_SOURCE_ID}`,
			'---',
		].join('\n');
		writeFileSync(join(faqDir, `synthetic-question-${String(i).padStart(5, '0')}.mdx`), `${front}\n${body}\n`);
	}
}
