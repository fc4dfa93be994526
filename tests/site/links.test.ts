// No broken internal link or #anchor anywhere on the built site.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pages, siteDir } from './site-files';

const ORIGIN = 'http://site.test';
const idsByPath = new Map<string, Set<string>>();
const links: { from: string; href: string }[] = [];

for (const { path, doc } of pages) {
	idsByPath.set(path, new Set([...doc.querySelectorAll('[id]')].map((el) => el.id)));
	for (const a of doc.querySelectorAll('a[href]')) links.push({ from: path, href: a.getAttribute('href')! });
}

function targetExists(pathname: string): boolean {
	if (idsByPath.has(pathname)) return true;
	return existsSync(join(siteDir, decodeURIComponent(pathname)));
}

describe('internal links', () => {
	const internal = links.filter(({ href }) => !/^(https?:|mailto:|tel:)/.test(href));

	it('are found on the site at all', () => {
		expect(internal.length).toBeGreaterThan(50);
	});

	it('all point to a page that exists', () => {
		const broken = internal
			.map(({ from, href }) => ({ from, href, url: new URL(href, ORIGIN + from) }))
			.filter(({ url }) => !targetExists(url.pathname))
			.map(({ from, href }) => `${from} → ${href}`);
		expect(broken).toEqual([]);
	});

	it('all end with a slash when they point to a page (no redirect on static hosts)', () => {
		const unslashed = internal
			.map(({ from, href }) => ({ from, href, url: new URL(href, ORIGIN + from) }))
			.filter(({ url }) => !url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname))
			.map(({ from, href }) => `${from} → ${href}`);
		expect(unslashed).toEqual([]);
	});

	it('all #anchors land on an element with that id', () => {
		const missing = internal
			.map(({ from, href }) => ({ from, href, url: new URL(href, ORIGIN + from) }))
			.filter(({ url }) => url.hash.length > 1 && idsByPath.has(url.pathname))
			.filter(({ url }) => !idsByPath.get(url.pathname)!.has(decodeURIComponent(url.hash.slice(1))))
			.map(({ from, href }) => `${from} → ${href}`);
		expect(missing).toEqual([]);
	});
});

describe('external links', () => {
	it('all use https and open without sending a referrer', () => {
		const problems: string[] = [];
		for (const page of pages) {
			for (const a of page.doc.querySelectorAll('a[href^="http"]')) {
				const href = a.getAttribute('href')!;
				if (href.startsWith(ORIGIN)) continue;
				if (!href.startsWith('https://')) problems.push(`${page.path}: ${href} is not https`);
				const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
				if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`${page.path}: ${href} lacks rel="noopener noreferrer"`);
			}
		}
		expect(problems).toEqual([]);
	});
});
