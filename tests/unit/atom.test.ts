// The Atom writer behind /changes.xml: what a feed reader would trip over (bad escaping, wrong order, ids that move).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { atomDate, buildAtomFeed, escapeXml, type AtomEntry, type AtomFeed } from '../../src/lib/atom';

const ATOM = 'http://www.w3.org/2005/Atom';
const { DOMParser } = new JSDOM('').window;

function entry(date: string, slug: string, extra: Partial<AtomEntry> = {}): AtomEntry {
	const link = `https://guide.example/changes/#${date}-${slug}`;
	return { id: link, link, title: `Change ${slug}`, summary: `What happened: ${slug}.`, updated: '2026-12-02T00:00:00Z', sortKey: date, ...extra };
}

function feed(entries: AtomEntry[]): AtomFeed {
	return {
		id: 'https://guide.example/changes/',
		title: 'What changed',
		author: 'Guide',
		links: [
			{ href: 'https://guide.example/changes.xml', rel: 'self', type: 'application/atom+xml' },
			{ href: 'https://guide.example/changes/', rel: 'alternate', type: 'text/html' },
		],
		entries,
	};
}

function parse(xml: string): Document {
	const doc = new DOMParser().parseFromString(xml, 'application/xml');
	const error = doc.getElementsByTagName('parsererror')[0];
	if (error) throw new Error(`Not well-formed XML: ${error.textContent}`);
	return doc;
}

const ids = (doc: Document) => [...doc.getElementsByTagNameNS(ATOM, 'entry')].map((e) => e.getElementsByTagNameNS(ATOM, 'id')[0]!.textContent);

describe('escapeXml', () => {
	it('escapes the five XML specials', () => {
		expect(escapeXml(`Meta & "AI" <terms> it's`)).toBe('Meta &amp; &quot;AI&quot; &lt;terms&gt; it&apos;s');
	});

	it('drops control characters XML 1.0 cannot carry, keeps tabs, newlines and non-Latin text', () => {
		expect(escapeXml('a\u0000b\u0008c\u001Fd\te\nf Ağacı Notícia 日本')).toBe('abcd\te\nf Ağacı Notícia 日本');
	});
});

describe('buildAtomFeed', () => {
	it('writes a feed that parses as XML even when titles and summaries carry markup-like text', () => {
		const tricky = entry('2026-07-23', 'tricky', {
			title: 'Policy says "unless you have objected" & <more>',
			summary: "Meta's text: <b>not markup</b> & a stray \u0007 bell",
		});
		const doc = parse(buildAtomFeed(feed([tricky])));
		const e = doc.getElementsByTagNameNS(ATOM, 'entry')[0]!;
		expect(e.getElementsByTagNameNS(ATOM, 'title')[0]!.textContent).toBe('Policy says "unless you have objected" & <more>');
		expect(e.getElementsByTagNameNS(ATOM, 'summary')[0]!.textContent).toBe("Meta's text: <b>not markup</b> & a stray  bell");
		expect(e.getElementsByTagNameNS(ATOM, 'b')).toHaveLength(0);
	});

	it('lists entries newest first whatever order they come in, a month-only date after the days of its month', () => {
		const shuffled = [entry('2024-03', 'march'), entry('2025-05-21', 'dpc'), entry('2026-07-23', 'policy'), entry('2024-03-15', 'mid-march'), entry('2025-12-16', 'chats')];
		const doc = parse(buildAtomFeed(feed(shuffled)));
		expect(ids(doc)).toEqual([
			'https://guide.example/changes/#2026-07-23-policy',
			'https://guide.example/changes/#2025-12-16-chats',
			'https://guide.example/changes/#2025-05-21-dpc',
			'https://guide.example/changes/#2024-03-15-mid-march',
			'https://guide.example/changes/#2024-03-march',
		]);
	});

	it('keeps every entry id when the entry is edited or another entry is added', () => {
		const before = parse(buildAtomFeed(feed([entry('2025-05-21', 'dpc'), entry('2024-03', 'march')])));
		const after = parse(
			buildAtomFeed(feed([entry('2025-05-21', 'dpc', { title: 'Reworded', updated: '2026-12-05T00:00:00Z' }), entry('2026-01-23', 'new'), entry('2024-03', 'march')])),
		);
		expect(ids(after).filter((id) => id !== 'https://guide.example/changes/#2026-01-23-new')).toEqual(ids(before));
	});

	it('gives the same bytes for the same entries, and dates the feed by its newest-updated entry (no build clock)', () => {
		const entries = [entry('2025-05-21', 'dpc', { updated: '2026-11-30T00:00:00Z' }), entry('2024-03', 'march', { updated: '2026-12-02T00:00:00Z' })];
		const xml = buildAtomFeed(feed(entries));
		expect(buildAtomFeed(feed([...entries].reverse()))).toBe(xml);
		expect(parse(xml).documentElement.getElementsByTagNameNS(ATOM, 'updated')[0]!.textContent).toBe('2026-12-02T00:00:00Z');
	});

	it('writes published only when given, and refuses dates that are not RFC 3339 date-times or repeated ids', () => {
		const doc = parse(buildAtomFeed(feed([entry('2024-03', 'march'), entry('2025-05-21', 'dpc', { published: '2025-05-21T00:00:00Z' })])));
		const published = [...doc.getElementsByTagNameNS(ATOM, 'entry')].map((e) => e.getElementsByTagNameNS(ATOM, 'published')[0]?.textContent ?? null);
		expect(published).toEqual(['2025-05-21T00:00:00Z', null]);
		expect(() => buildAtomFeed(feed([entry('2025-05-21', 'dpc', { updated: '2025-05-21' })]))).toThrow(/RFC 3339/);
		expect(() => buildAtomFeed(feed([entry('2025-05-21', 'dpc'), entry('2025-05-21', 'dpc')]))).toThrow(/unique/);
	});
});

describe('atomDate', () => {
	it('turns a day or a Date into an RFC 3339 date-time at midnight UTC', () => {
		expect(atomDate('2026-12-02')).toBe('2026-12-02T00:00:00Z');
		expect(atomDate(new Date('2026-12-02T00:00:00Z'))).toBe('2026-12-02T00:00:00Z');
		expect(() => atomDate('late August')).toThrow(/Not a date/);
	});
});
