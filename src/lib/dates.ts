/** Date helpers shared by pages; formatting is in UTC so builds are reproducible, in the page's language (an Intl tag). */

/** "2026-11-28" for a <time datetime> attribute. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** "28 November 2026" for readers ("28. November 2026" with tag "de"). */
export function readableDate(date: Date, tag = 'en-GB'): string {
	return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The most recent of several dates (how current a set of pages is). */
export function latest(dates: Date[]): Date {
	return new Date(Math.max(...dates.map((d) => d.getTime())));
}
