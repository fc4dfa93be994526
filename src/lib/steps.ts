/**
 * Turns one step string from a setting entry into parts a page can render: plain text, and links
 * for every full https:// address in it. Pure (no Astro, no DOM) so the same parts serve the setting
 * page, region pages and the quiz plan, and so it can be tested on its own.
 */

export type StepPart = { kind: 'text'; text: string } | { kind: 'link'; href: string; text: string };

// A web address runs until whitespace or a closing quote/bracket. Punctuation that ends a sentence
// (". , ; : ! ?") is not part of the address when it is the last character.
const URL_PATTERN = /https:\/\/[^\s"'<>()[\]{}]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

export function stepParts(step: string): StepPart[] {
	const parts: StepPart[] = [];
	let last = 0;
	for (const match of step.matchAll(URL_PATTERN)) {
		const start = match.index ?? 0;
		const raw = match[0];
		const href = raw.replace(TRAILING_PUNCTUATION, '');
		if (href === 'https://') continue;
		if (start > last) parts.push({ kind: 'text', text: step.slice(last, start) });
		parts.push({ kind: 'link', href, text: href });
		last = start + href.length;
	}
	if (last < step.length) parts.push({ kind: 'text', text: step.slice(last) });
	return parts;
}

/** True when a link leaves this site (every https:// address in a step does). */
export function isExternal(href: string): boolean {
	return /^https?:\/\//i.test(href);
}

/** The steps as plain numbered text, exactly what the copy button puts on the clipboard. */
export function stepsAsText(steps: readonly string[], heading?: string): string {
	const lines = steps.map((step, i) => `${i + 1}. ${step}`);
	return (heading ? [heading, ...lines] : lines).join('\n');
}
