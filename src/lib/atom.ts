/**
 * A small Atom 1.0 (RFC 4287) writer for the change log's feed. Written by hand because the site's
 * only feed library candidate, @astrojs/rss, writes RSS 2.0, and Atom gives every entry a required
 * permanent id and a real "updated" date, which is what a journalist's feed reader needs to notice
 * a corrected entry. Pure: strings in, a string out, no Astro imports.
 */

export interface AtomLink {
	href: string;
	rel?: 'self' | 'alternate' | 'related';
	type?: string;
}

export interface AtomEntry {
	/** Permanent IRI: never changes once published, even if the title or summary does. */
	id: string;
	title: string;
	/** RFC 3339 date-time: when the entry itself was last changed or checked. */
	updated: string;
	/** RFC 3339 date-time of the event, only when the day is known. */
	published?: string;
	/** Sort key, newest first: the event's date as YYYY-MM-DD or YYYY-MM (string order is date order). */
	sortKey: string;
	link: string;
	summary: string;
	categories?: { term: string; label: string }[];
}

export interface AtomFeed {
	id: string;
	title: string;
	subtitle?: string;
	author: string;
	links: AtomLink[];
	entries: AtomEntry[];
}

// Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF).
// Naming control characters is this pattern's whole point, so the lint rule against them does not apply.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for element content or a double- or single-quoted attribute, dropping characters XML forbids. */
export function escapeXml(text: string): string {
	return text
		.replace(NOT_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** "2026-12-02" or a Date as an RFC 3339 date-time at midnight UTC. */
export function atomDate(date: string | Date): string {
	const iso = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
	if (Number.isNaN(iso.getTime())) throw new Error(`Not a date: ${String(date)}`);
	return iso.toISOString().replace(/\.000Z$/, 'Z');
}

function assertDate(value: string, what: string): void {
	if (!RFC3339.test(value)) throw new Error(`${what} must be an RFC 3339 date-time like 2026-12-02T00:00:00Z, not "${value}"`);
}

/** Entries newest first by sortKey; same key: by id, so the order never depends on file-system order. */
export function sortEntries(entries: readonly AtomEntry[]): AtomEntry[] {
	return [...entries].sort((a, b) => b.sortKey.localeCompare(a.sortKey) || a.id.localeCompare(b.id));
}

function link({ href, rel, type }: AtomLink): string {
	const attrs = [`href="${escapeXml(href)}"`, rel ? `rel="${rel}"` : '', type ? `type="${escapeXml(type)}"` : ''].filter(Boolean);
	return `<link ${attrs.join(' ')}/>`;
}

export function buildAtomFeed(feed: AtomFeed): string {
	const entries = sortEntries(feed.entries);
	for (const entry of entries) {
		assertDate(entry.updated, `Entry ${entry.id}: updated`);
		if (entry.published) assertDate(entry.published, `Entry ${entry.id}: published`);
	}
	const ids = entries.map((e) => e.id);
	const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
	if (repeated.length > 0) throw new Error(`Atom entry ids must be unique; repeated: ${repeated.join(', ')}`);
	// The feed changed when its newest-updated entry did; no build clock, so rebuilds are byte-identical.
	const updated = entries.map((e) => e.updated).sort().at(-1) ?? '1970-01-01T00:00:00Z';

	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
		`\t<id>${escapeXml(feed.id)}</id>`,
		`\t<title>${escapeXml(feed.title)}</title>`,
		...(feed.subtitle ? [`\t<subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
		`\t<updated>${updated}</updated>`,
		`\t<author><name>${escapeXml(feed.author)}</name></author>`,
		...feed.links.map((l) => `\t${link(l)}`),
		...entries.flatMap((entry) => [
			'\t<entry>',
			`\t\t<id>${escapeXml(entry.id)}</id>`,
			`\t\t<title>${escapeXml(entry.title)}</title>`,
			`\t\t<updated>${entry.updated}</updated>`,
			...(entry.published ? [`\t\t<published>${entry.published}</published>`] : []),
			`\t\t${link({ href: entry.link, rel: 'alternate', type: 'text/html' })}`,
			`\t\t<summary>${escapeXml(entry.summary)}</summary>`,
			...(entry.categories ?? []).map((c) => `\t\t<category term="${escapeXml(c.term)}" label="${escapeXml(c.label)}"/>`),
			'\t</entry>',
		]),
		'</feed>',
		'',
	];
	return lines.join('\n');
}
