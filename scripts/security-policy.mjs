// The site's security policy, defined once. Everything else is made from this file:
//  - astro.config.mjs passes `astroCsp` to Astro's own `security.csp`, which writes the policy into
//    every page as a <meta http-equiv> tag, with a hash for each inline script and style it emits
//    (the island bootstrap on the quiz page, for instance);
//  - scripts/host-headers.mjs writes the host header files at build time (_headers, .htaccess,
//    vercel.json, the nginx snippet) from `securityHeaders()`, with the hashes the built pages need.

/**
 * Directives other than script-src and style-src (Astro writes those two itself, with the hashes).
 * @type {NonNullable<AstroCsp['directives']>}
 */
export const CSP_DIRECTIVES = ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'self'"];

/** Pagefind compiles its WebAssembly search engine at run time; nothing else needs more than 'self'. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const STYLE_SOURCES = ["'self'"];

/** Directives a <meta> tag cannot carry (browsers ignore them there and log a warning). */
export const CSP_HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** @typedef {Exclude<NonNullable<NonNullable<import('astro').AstroUserConfig['security']>['csp']>, boolean>} AstroCsp */

/**
 * The value of Astro's `security.csp` option.
 * @type {AstroCsp}
 */
export const astroCsp = {
	algorithm: 'SHA-256',
	directives: CSP_DIRECTIVES,
	scriptDirective: { resources: SCRIPT_SOURCES },
	styleDirective: { resources: STYLE_SOURCES },
};

/** Headers other than the Content-Security-Policy, the same on every host. */
export const OTHER_HEADERS = {
	'Referrer-Policy': 'no-referrer',
	// Deny powerful features the site never uses, and opt out of ad-interest APIs (Topics, and FLoC for old browsers).
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=(), interest-cohort=()',
	'X-Content-Type-Options': 'nosniff',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Built files under /_astro/ have a content hash in their name, so they can be cached for a year. */
export const IMMUTABLE_PATH = '/_astro/';
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * The Content-Security-Policy header: the same directives as the <meta> tag, plus header-only ones.
 * @param {{ scriptHashes: string[], styleHashes: string[] }} hashes `'sha256-…'` sources the pages' inline code needs
 */
export function headerPolicy({ scriptHashes, styleHashes }) {
	return [
		...CSP_DIRECTIVES,
		['script-src', ...SCRIPT_SOURCES, ...scriptHashes].join(' '),
		['style-src', ...STYLE_SOURCES, ...styleHashes].join(' '),
		...CSP_HEADER_ONLY_DIRECTIVES,
	].join('; ');
}

/**
 * Every HTTP header the site should be served with.
 * @param {{ scriptHashes: string[], styleHashes: string[] }} hashes
 * @returns {Record<string, string>}
 */
export function securityHeaders(hashes) {
	return { 'Content-Security-Policy': headerPolicy(hashes), ...OTHER_HEADERS };
}
