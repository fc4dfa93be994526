// The site loads nothing from another origin: no scripts, styles, images, fonts, frames or prefetches.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pages, siteDir } from './site-files';

const EXTERNAL = /^(https?:)?\/\//i;

describe('resources on every page', () => {
	it('come only from the site itself', () => {
		const external: string[] = [];
		for (const { path, doc } of pages) {
			const checks: [string, string][] = [
				['script[src]', 'src'],
				// Canonical and hreflang alternates name pages; they load nothing.
				['link[href]:not([rel="canonical"]):not([rel="alternate"][hreflang])', 'href'],
				['img[src]', 'src'],
				['source[src]', 'src'],
				['iframe[src]', 'src'],
				['video[src]', 'src'],
				['audio[src]', 'src'],
				['object[data]', 'data'],
				['form[action]', 'action'],
			];
			for (const [selector, attribute] of checks) {
				for (const el of doc.querySelectorAll(selector)) {
					const value = el.getAttribute(attribute)!;
					if (EXTERNAL.test(value)) external.push(`${path}: <${el.tagName.toLowerCase()} ${attribute}="${value}">`);
				}
			}
			for (const el of doc.querySelectorAll('[srcset]')) {
				if (/(^|,\s*)(https?:)?\/\//i.test(el.getAttribute('srcset')!)) external.push(`${path}: srcset`);
			}
		}
		expect(external).toEqual([]);
	});

	it('and stylesheets pull in no fonts or images from elsewhere', () => {
		const cssDir = join(siteDir, '_astro');
		const css = readdirSync(cssDir)
			.filter((f) => f.endsWith('.css'))
			.map((f) => ({ f, text: readFileSync(join(cssDir, f), 'utf8') }));
		const external = css.flatMap(({ f, text }) =>
			[...text.matchAll(/(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/gi)].map((m) => `${f}: ${m[1]}`),
		);
		expect(external).toEqual([]);
	});
});
