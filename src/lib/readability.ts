/**
 * Flesch-Kincaid grade level for plain English prose, used to keep the guide at a reading grade
 * of 9 or lower. The syllable count is a heuristic (vowel groups, silent final e), which is what
 * common readability tools do too; it is good for comparing pages, not for exact grading.
 */

export function countSyllables(word: string): number {
	const w = word.toLowerCase().replace(/[^a-z]/g, '');
	if (w.length === 0) return 0;
	if (w.length <= 3) return 1;
	const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
	const groups = trimmed.match(/[aeiouy]{1,2}/g);
	return Math.max(1, groups ? groups.length : 1);
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
