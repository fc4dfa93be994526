/**
 * Flesch-Kincaid grade level for plain English prose, used to keep the guide at a reading grade
 * of 9 or lower. Syllables are counted by the `syllable` package (rules plus a list of exceptions
 * for English words), the same counter many readability tools use.
 */
import { syllable } from 'syllable';

export function countSyllables(word: string): number {
	return syllable(word);
}

/** Strips Markdown/MDX syntax so only the sentences a reader sees are measured. */
export function proseOf(markdown: string): string {
	return markdown
		.replace(/^import .*$/gm, '')
		.replace(/<Cite[^>]*\/>/g, '')
		.replace(/<\/?[A-Za-z][^>]*>/g, '')
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^#{1,6}\s+(.*)$/gm, '$1.')
		.replace(/^\s*[-*+]\s+/gm, '')
		.replace(/^\s*\d+\.\s+/gm, '')
		.replace(/[*_`>|]/g, '');
}

export interface Readability {
	words: number;
	sentences: number;
	grade: number;
}

export function fleschKincaid(text: string): Readability {
	const sentences = text.split(/[.!?]+(?:\s|$)|\n{2,}/).filter((s) => /[a-z]/i.test(s));
	const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
	const syllables = words.reduce((n, w) => n + countSyllables(w), 0);
	if (words.length === 0 || sentences.length === 0) return { words: 0, sentences: 0, grade: 0 };
	const grade = 0.39 * (words.length / sentences.length) + 11.8 * (syllables / words.length) - 15.59;
	return { words: words.length, sentences: sentences.length, grade: Math.round(grade * 10) / 10 };
}
