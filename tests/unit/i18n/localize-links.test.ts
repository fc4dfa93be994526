import { describe, expect, it } from 'vitest';
import { localizeLinks } from '../../../src/lib/i18n/localize-links';

describe('links on a page in another language', () => {
	it('keep the reader in the language of the page', () => {
		expect(localizeLinks('<a href="/faq/">FAQ</a> <a class="x" href="/settings/a/#steps">S</a>', 'de')).toBe(
			'<a href="/de/faq/">FAQ</a> <a class="x" href="/de/settings/a/#steps">S</a>',
		);
	});

	it('send the search form to the same language', () => {
		expect(localizeLinks('<form role="search" action="/search/" method="get">', 'pt-br')).toBe(
			'<form role="search" action="/pt-br/search/" method="get">',
		);
	});

	it('leave the language switcher and alternates pointing at the other languages', () => {
		const switcher = '<a href="/faq/" hreflang="en" lang="en">English</a><link rel="alternate" hreflang="fr" href="/fr/faq/">';
		expect(localizeLinks(switcher, 'de')).toBe(switcher);
	});

	it('leave files, other sites, fragments and links already in a language alone', () => {
		const html =
			'<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"><a href="/changes.xml">feed</a>' +
			'<a href="https://www.instagram.com/">ig</a><a href="#sources">s</a><a href="/fr/">fr</a><a href="/pagefind/x/">p</a>';
		expect(localizeLinks(html, 'it')).toBe(html);
	});

	it('change nothing on English pages', () => {
		expect(localizeLinks('<a href="/faq/">FAQ</a>', 'en')).toBe('<a href="/faq/">FAQ</a>');
	});
});
