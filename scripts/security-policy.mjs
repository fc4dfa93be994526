// The site's security policy, in one place. The post-build step (secure-site.mjs) writes it into
// every page as a <meta http-equiv> tag; the host header files (public/_headers, vercel.json,
// deploy/nginx-security-headers.conf) carry the same policy as real HTTP headers, and a site test
// checks that all of them agree with this file.
//
// Why no hashes: the post-build step moves every inline <script> and <style> (Astro's island
// bootstrap, for instance) into a file under /_astro/, so 'self' covers everything the site runs
// and the policy is the same on every page and every host.

/** Directives both in the <meta> tag and in the HTTP header. */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	// Pagefind compiles its WebAssembly search engine at run time; nothing else needs more than 'self'.
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'self'",
];

/** Directives a <meta> tag cannot carry (browsers ignore them there and log a warning). */
export const CSP_HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

export const CSP_META = CSP_DIRECTIVES.join('; ');
export const CSP_HEADER = [...CSP_DIRECTIVES, ...CSP_HEADER_ONLY_DIRECTIVES].join('; ');

/** Every HTTP header the site should be served with, as host header files write them. */
export const SECURITY_HEADERS = {
	'Content-Security-Policy': CSP_HEADER,
	'Referrer-Policy': 'no-referrer',
	// Deny powerful features the site never uses, and opt out of ad-interest APIs (Topics, and FLoC for old browsers).
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=(), interest-cohort=()',
	'X-Content-Type-Options': 'nosniff',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
};
