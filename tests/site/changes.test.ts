// /changes/ and /changes.xml as a reader and a feed reader get them from the built site.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { changeSchema } from '../../src/schemas/change';
import { sourceSchema } from '../../src/schemas/source';
import { readCollection } from '../helpers/content-files';
import { copyProject, removeProjectCopies, syncOutput } from '../helpers/project-copy';
import { page, pages, siteDir } from './site-files';
import { localeFromPath, localePath } from '../../src/lib/i18n/locales';

const ATOM = 'http://www.w3.org/2005/Atom';
const { DOMParser } = new JSDOM('').window;
const xml = readFileSync(join(siteDir, 'changes.xml'), 'utf8');
const feed = new DOMParser().parseFromString(xml, 'application/xml');
const changes = readCollection('changes', '.md', changeSchema);
const sources = new Map(readCollection('sources', '.yaml', sourceSchema).map((s) => [s.id, s.data]));
const changesPage = page('/changes/').doc;

const child = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ATOM && c.localName === name);
const text = (el: Element, name: string) => child(el, name)[0]?.textContent?.trim() ?? '';
const entries = [...feed.documentElement.children].filter((c) => c.localName === 'entry');
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('/changes.xml', () => {
	it('is well-formed Atom: a feed with id, title, updated, an author and a self link', () => {
		expect(feed.getElementsByTagName('parsererror')).toHaveLength(0);
		const root = feed.documentElement;
		expect(root.localName).toBe('feed');
		expect(root.namespaceURI).toBe(ATOM);
		expect(text(root, 'id')).toMatch(/^https?:\/\/.+\/changes\/$/);
		expect(text(root, 'title').length).toBeGreaterThan(5);
		expect(text(root, 'updated')).toMatch(RFC3339);
		expect(child(root, 'author').length).toBe(1);
		const links = child(root, 'link').map((l) => ({ rel: l.getAttribute('rel'), href: l.getAttribute('href') ?? '' }));
		expect(links.find((l) => l.rel === 'self')?.href).toMatch(/^https?:\/\/[^/]+\/changes\.xml$/);
		expect(links.find((l) => l.rel === 'alternate')?.href).toMatch(/^https?:\/\/[^/]+\/changes\/$/);
	});

	it('has one entry per change file, each with a unique id, a title, an updated date and a link to its place on /changes/', () => {
		expect(entries).toHaveLength(changes.length);
		const ids = entries.map((e) => text(e, 'id'));
		expect(new Set(ids).size).toBe(ids.length);
		for (const entry of entries) {
			const id = text(entry, 'id');
			expect(text(entry, 'title').length, id).toBeGreaterThan(5);
			expect(text(entry, 'updated'), id).toMatch(RFC3339);
			expect(text(entry, 'summary').length, id).toBeGreaterThan(20);
			const href = child(entry, 'link')[0]?.getAttribute('href') ?? '';
			expect(href, id).toMatch(/^https?:\/\/[^/]+\/changes\/#[a-z0-9-]+$/);
			expect(changesPage.getElementById(decodeURIComponent(new URL(href).hash.slice(1))), href).not.toBeNull();
		}
	});

	it('lists entries newest first, in the same order as /changes/', () => {
		const anchors = entries.map((e) => new URL(child(e, 'link')[0]!.getAttribute('href')!).hash.slice(1));
		const onPage = [...changesPage.querySelectorAll('article.change')].map((a) => a.id);
		expect(anchors).toEqual(onPage);
		const dates = [...changesPage.querySelectorAll('article.change')].map((a) => a.getAttribute('data-date')!);
		expect(dates).toEqual([...dates].sort().reverse());
		const published = entries.map((e) => text(e, 'published')).filter(Boolean);
		expect(published).toEqual([...published].sort().reverse());
	});

	it('gives no made-up day: an entry dated to a month has no published date', () => {
		const monthOnly = changes.filter((c) => /^\d{4}-\d{2}$/.test(c.data.date)).map((c) => c.id);
		expect(monthOnly.length).toBeGreaterThan(0);
		for (const entry of entries) {
			const anchor = new URL(child(entry, 'link')[0]!.getAttribute('href')!).hash.slice(1);
			expect(text(entry, 'published') === '', anchor).toBe(monthOnly.includes(anchor));
		}
	});
});

describe('every page', () => {
	it.each(pages.map((p) => [p.path, p.html] as const))('%s links the change feed from its head', (_path, html) => {
		const doc = new JSDOM(html).window.document;
		const link = doc.head.querySelector('link[rel="alternate"][type="application/atom+xml"]');
		expect(link?.getAttribute('href')).toBe('/changes.xml');
		expect(link?.getAttribute('title')?.length ?? 0).toBeGreaterThan(5);
	});
});

describe('/changes/', () => {
	it('says how far the evidence runs and that nothing after it is covered', () => {
		const body = changesPage.querySelector('main')!.textContent!.replace(/\s+/g, ' ');
		expect(body).toMatch(/late August 2026/);
		expect(body).toMatch(/after that is not covered/);
		expect(changesPage.querySelector('main a[href="/changes.xml"]')).not.toBeNull();
	});

	it.each(changes.map((c) => [c.id, c] as const))('shows %s with its date, its sources and links to the pages it changed', (id, change) => {
		const article = changesPage.getElementById(id);
		expect(article, `no <article id="${id}">`).not.toBeNull();
		expect(article!.querySelector('time')?.getAttribute('datetime')).toBe(change.data.date);
		const links = [...article!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
		for (const sourceId of change.data.sources) expect(links, `source ${sourceId}`).toContain(sources.get(sourceId)!.url);
		for (const target of change.data.affects) expect(links, `page ${target}`).toContain(target);
		if (change.data.certainty !== 'documented') expect(article!.textContent).toMatch(/reported/i);
	});

	it('is reachable from every page through the footer', () => {
		for (const p of pages.filter((p) => p.path !== '/404.html')) {
			expect(p.doc.querySelector(`footer a[href="${localePath(localeFromPath(p.path), '/changes/')}"]`), p.path).not.toBeNull();
		}
	});
});

// Like bad-content.test.ts: break a copy of the project and run `astro sync`, which validates every file.
describe('a change entry that names a page the site does not have', () => {
	afterAll(removeProjectCopies);

	it('stops the build with a message naming the file, the field and the missing page', () => {
		const dir = copyProject('bad-change');
		const file = join(dir, 'content/changes', `${changes[0]!.id}.md`);
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^affects:\n/m, 'affects:\n  - "/guide/no-such-section/"\n'));
		const { ok, output } = syncOutput(dir);
		expect(ok).toBe(false);
		expect(output).toContain(changes[0]!.id);
		expect(output).toMatch(/affects\.0/);
		expect(output).toContain('"/guide/no-such-section/" is not a page of this site: there is no content/guide/no-such-section.mdx');
	});
});
