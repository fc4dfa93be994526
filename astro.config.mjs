// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import hostHeaders from './scripts/host-headers.mjs';
import { astroCsp } from './scripts/security-policy.mjs';
import { siteUrl } from './scripts/site-url.mjs';
import { TRANSLATED_LOCALES } from './scripts/translation-fingerprint.mjs';

// URL prefix → language tag. English at the root; the tag is what <html lang> and hreflang say.
const LANG_TAGS = { en: 'en', de: 'de', fr: 'fr', es: 'es', it: 'it', 'pt-br': 'pt-BR' };
for (const prefix of TRANSLATED_LOCALES) {
	if (!(prefix in LANG_TAGS))
		throw new Error(`astro.config.mjs: the language "${prefix}" needs a tag in LANG_TAGS and in i18n.locales below`);
}

export default defineConfig({
	// Canonical links, Open Graph URLs and the sitemap: SITE_URL for a deployment, localhost otherwise.
	site: siteUrl(process.env).url,
	trailingSlash: 'always',
	// Stylesheets as files, never inline <style>: style-src allows 'self' plus the hashes of what Astro
	// itself inlines (the island styles on the quiz page).
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Scripts as files too (Vite would inline small ones): the header policy then needs only the hashes
	// of Astro's own inline bootstrap, which change with Astro's version, not with every edit.
	vite: { build: { assetsInlineLimit: 0 } },
	// Astro's own Content-Security-Policy: a <meta> tag on every page with a hash for every inline
	// script and style. The directives are defined once, in scripts/security-policy.mjs.
	security: { csp: astroCsp },
	// Shiki colours code with inline style="" attributes, which the policy blocks; the guide has no code.
	markdown: { syntaxHighlight: false },
	integrations: [
		mdx(),
		react(),
		// The 404 page is not a page to find.
		// Each page lists its translations as hreflang alternates in the sitemap too.
		sitemap({
			filter: (page) => !/\/404(\.html|\/)?$/.test(new URL(page).pathname),
			i18n: { defaultLocale: 'en', locales: LANG_TAGS },
		}),
		// Writes _headers, .htaccess, vercel.json and the nginx snippet after the build (see the file).
		hostHeaders(),
	],
	// Astro's i18n routing: English at /, the others under their prefix (/de/, /pt-br/). Pages live in
	// src/pages/[...locale]/ and are built once per language. No redirect by browser language: a
	// reader always gets the page they asked for.
	i18n: {
		defaultLocale: 'en',
		// Written out, not computed from LANG_TAGS, so Astro's types can check defaultLocale against it.
		locales: ['en', 'de', 'fr', 'es', 'it', { path: 'pt-br', codes: ['pt-BR'] }],
		routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
	},
	// No external requests: the dev toolbar phones home for its audits and app list.
	devToolbar: { enabled: false },
	server: { port: 4321, host: true },
});
