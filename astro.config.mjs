// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';

export default defineConfig({
	// Used for canonical links and the sitemap; override with SITE_URL when deploying elsewhere.
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	trailingSlash: 'always',
	// Stylesheets as files, never inline <style>: the Content-Security-Policy allows style-src 'self' only
	// (scripts/secure-site.mjs moves anything still inline into a file and adds the policy to every page).
	build: { format: 'directory', inlineStylesheets: 'never' },
	integrations: [mdx(), react()],
	// No external requests: the dev toolbar phones home for its audits and app list.
	devToolbar: { enabled: false },
	server: { port: 4321, host: true },
});
