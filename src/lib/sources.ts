/** Small helpers for displaying and dating sources; no Astro imports so they can be unit-tested. */

/** The id attribute of a source in a page's source list. */
export function sourceAnchor(id: string): string {
	return `source-${id}`;
}

/** The year of a "YYYY", "YYYY-MM" or "YYYY-MM-DD" published value, or null for "undated". */
export function sourceYear(published: string): string | null {
	const match = /^(\d{4})/.exec(published);
	return match ? match[1]! : null;
}

/**
 * The first day a published value can mean, as YYYY-MM-DD ("2026" is 2026-01-01, "2026-07" is
 * 2026-07-01), or null when undated. Dating a source by its first possible day never makes the
 * evidence look newer than it is.
 */
export function earliestDay(published: string): string | null {
	const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(published);
	if (!match) return null;
	return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
}

/**
 * The newest of several published values, as written ("2026-07", "2025"), or null when none is dated.
 * Compared by first possible day; on a tie the more precise value wins, because it says more.
 */
export function newestPublished(values: readonly string[]): string | null {
	let best: string | null = null;
	for (const value of values) {
		const day = earliestDay(value);
		if (day === null) continue;
		const bestDay = best === null ? null : earliestDay(best)!;
		if (bestDay === null || day > bestDay || (day === bestDay && value.length > best!.length)) best = value;
	}
	return best;
}

/**
 * "23 July 2026", "July 2026", "2026" or "undated": only as precise as the source is, in the
 * language of `tag` (an Intl tag such as "de"); `undated` is that language's word for undated.
 */
export function readablePublished(published: string, tag = 'en-GB', undated = 'undated'): string {
	const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(published);
	if (!match) return undated;
	const [, year, month, day] = match;
	if (!month) return year!;
	const options: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC', ...(day ? { day: 'numeric' } : {}) };
	return new Intl.DateTimeFormat(tag, options).format(new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1)));
}

/** The same calendar day `months` months earlier, as YYYY-MM-DD (31 March less one month is 28 or 29 February). */
export function monthsEarlier(isoDay: string, months: number): string {
	const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
	const total = y * 12 + (m - 1) - months;
	const year = Math.floor(total / 12);
	const month = (total % 12) + 1;
	const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** How many months a page's newest source may be older than the day it was checked before it is flagged. */
export const STALE_AFTER_MONTHS = 12;

/**
 * True when the newest source is more than STALE_AFTER_MONTHS older than `lastVerified`
 * (a person checked the page, but nothing it rests on is recent), or when no source is dated.
 */
export function isStale(lastVerified: string, newest: string | null, months = STALE_AFTER_MONTHS): boolean {
	if (newest === null) return true;
	return earliestDay(newest)! < monthsEarlier(lastVerified, months);
}
