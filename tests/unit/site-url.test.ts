// Where canonical links, Open Graph URLs and the sitemap point: the address a deployment gives.
import { describe, expect, it } from 'vitest';
import { isLocal, LOCAL_URL, siteUrl } from '../../scripts/site-url.mjs';

describe('the site address for a build', () => {
	it('is SITE_URL when it is set, without a trailing slash', () => {
		expect(siteUrl({ SITE_URL: 'https://example.org/' })).toEqual({ url: 'https://example.org', from: 'SITE_URL' });
	});

	it('is the address Netlify or Vercel gives their builds when SITE_URL is not set', () => {
		expect(siteUrl({ NETLIFY: 'true', URL: 'https://guide.netlify.app' }).url).toBe('https://guide.netlify.app');
		expect(siteUrl({ VERCEL_PROJECT_PRODUCTION_URL: 'guide.example.org' }).url).toBe('https://guide.example.org');
		expect(siteUrl({ SITE_URL: 'https://ours.example', NETLIFY: 'true', URL: 'https://theirs.example' }).url).toBe('https://ours.example');
	});

	it('is this machine otherwise, and says so', () => {
		const local = siteUrl({});
		expect(local).toEqual({ url: LOCAL_URL, from: 'default' });
		expect(isLocal(local.url)).toBe(true);
		expect(isLocal('https://example.org')).toBe(false);
	});

	it('refuses an address that would break every link, with a message saying what to set', () => {
		expect(() => siteUrl({ SITE_URL: 'example.org' })).toThrow(/SITE_URL is not a web address.*SITE_URL=https:\/\/example.org/);
		expect(() => siteUrl({ SITE_URL: 'ftp://example.org' })).toThrow(/must start with https/);
		expect(() => siteUrl({ SITE_URL: 'https://example.org/guide/' })).toThrow(/no path/);
	});
});
