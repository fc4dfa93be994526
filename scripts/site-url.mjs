// The public address of the site, used for canonical links, Open Graph URLs and the sitemap.
// A build for deployment must know it: set SITE_URL (SITE_URL=https://example.org npm run build).
// On Netlify and Vercel, whose builds run `npm run build` with no SITE_URL, the address the host
// gives the build is used instead. With none of these, the site is built for this machine
// (http://localhost:4321, what `npm start` serves) and the build says so.

export const LOCAL_URL = 'http://localhost:4321';

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ url: string, from: string }}
 */
export function siteUrl(env) {
	const candidates = [
		['SITE_URL', env.SITE_URL],
		// Netlify: URL is the site's main address (https://…).
		['Netlify URL', env.NETLIFY === 'true' ? env.URL : undefined],
		// Vercel: the production domain, without a scheme.
		['Vercel production URL', env.VERCEL_PROJECT_PRODUCTION_URL ? `https://${env.VERCEL_PROJECT_PRODUCTION_URL}` : undefined],
	];
	for (const [from, value] of candidates) {
		if (!value || value.trim() === '') continue;
		let parsed;
		try {
			parsed = new URL(value.trim());
		} catch {
			throw new Error(`${from} is not a web address: "${value}". Use the full address, e.g. SITE_URL=https://example.org`);
		}
		if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
			throw new Error(`${from} must start with https:// (got "${value}")`);
		}
		// The site lives at the root of its host: a path would break every absolute link it makes.
		if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
			throw new Error(`${from} must be the address of the host only, with no path (got "${value}")`);
		}
		return { url: parsed.origin, from };
	}
	return { url: LOCAL_URL, from: 'default' };
}

/** True when links would point at this machine rather than the public site. */
export function isLocal(url) {
	const { hostname } = new URL(url);
	return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]' || hostname.endsWith('.localhost');
}

/**
 * The address the test builds use (npm test, npm run test:browser): a public-looking one, so the
 * tests check a build as it would be deployed (no link to localhost anywhere). example.org is
 * reserved for examples and never resolves to anyone's site.
 */
export const TEST_SITE_URL = 'https://example.org';
