/** How a change-log entry is named and linked, shared by /changes/ and /changes.xml. No Astro imports. */

/** "21 May 2025" for a day, "March 2024" for a month-only date: never more precise than the sources. */
export function readableChangeDate(date: string, tag = 'en-GB'): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number | undefined];
	const options: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC', ...(day ? { day: 'numeric' } : {}) };
	return new Intl.DateTimeFormat(tag, options).format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}

/** The year a change belongs under on /changes/. */
export function changeYear(date: string): string {
	return date.slice(0, 4);
}

/** The path of an entry's place on /changes/: its file name is its anchor, so links never move. */
export function changeHref(id: string): string {
	return `/changes/#${id}`;
}
