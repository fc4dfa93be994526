/** Small helpers for displaying sources; no Astro imports so they can be unit-tested. */

/** The id attribute of a source in a page's source list. */
export function sourceAnchor(id: string): string {
	return `source-${id}`;
}

/** The year of a "YYYY", "YYYY-MM" or "YYYY-MM-DD" published value, or null for "undated". */
export function sourceYear(published: string): string | null {
	const match = /^(\d{4})/.exec(published);
	return match ? match[1]! : null;
}
