/**
 * How far the site's evidence reaches, defined once. This is not the date a person last checked a
 * page (each page's `lastVerified`); it is the date of the newest dated material in the stored copies
 * of Meta's texts, regulators' statements and press reports the site was researched from. Research
 * on 2 December 2026 found nothing on this topic dated after 22 August 2026 (the newest Open Terms
 * Archive capture of Meta's EU policies), so events after late August 2026 are not covered.
 * The build refuses a source dated after this day (content-integrity.ts): raise it only with new evidence.
 */
export const EVIDENCE_RUNS_TO = '2026-08-22';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "late August 2026" for "2026-08-22": early (days 1 to 10), mid (11 to 20) or late (21 on). */
export function partOfMonth(isoDay: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
	if (!match) throw new Error(`partOfMonth needs a YYYY-MM-DD date, got "${isoDay}"`);
	const [, year, month, day] = match;
	const d = Number(day);
	const part = d <= 10 ? 'early' : d <= 20 ? 'mid' : 'late';
	return `${part} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** Which part of its month a day falls in, and the month itself as a date, for words in any language. */
export function partOfMonthIn(isoDay: string): { part: 'early' | 'mid' | 'late'; month: Date } {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
	if (!match) throw new Error(`partOfMonthIn needs a YYYY-MM-DD date, got "${isoDay}"`);
	const d = Number(match[3]);
	return { part: d <= 10 ? 'early' : d <= 20 ? 'mid' : 'late', month: new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)) };
}

/** The evidence sentence in a language: its words (src/translations/<lang>/site.ts) and Intl tag. */
export function evidenceSentenceIn(
	words: { part: Record<'early' | 'mid' | 'late', (month: string) => string>; sentence: (when: string) => string },
	tag: string,
	isoDay: string = EVIDENCE_RUNS_TO,
): string {
	const { part, month } = partOfMonthIn(isoDay);
	const monthName = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(month);
	return words.sentence(words.part[part](monthName));
}

/** The sentence the footer and the home page show. */
export function evidenceSentence(isoDay: string = EVIDENCE_RUNS_TO): string {
	return `The newest evidence this site has is from ${partOfMonth(isoDay)}. Anything Meta changed after that is not covered here.`;
}
