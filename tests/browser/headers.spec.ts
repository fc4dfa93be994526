// The site is served with its security headers (from the built _headers file, as Netlify and
// Cloudflare Pages do), and every page also carries the policy in a <meta> tag for other hosts.
import { expect, test } from './support/fixtures';

test('pages are served with a strict Content-Security-Policy header', async ({ page }) => {
	const response = await page.goto('/');
	const csp = response!.headers()['content-security-policy'] ?? '';
	for (const directive of [
		"default-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval'",
		"style-src 'self'",
		"img-src 'self' data:",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	]) {
		expect(csp).toContain(directive);
	}
	expect(csp).not.toContain('unsafe-inline');
});

test('pages send no referrer and deny camera, microphone and location', async ({ page }) => {
	const headers = (await page.goto('/guide/'))!.headers();
	expect(headers['referrer-policy']).toBe('no-referrer');
	for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'browsing-topics=()']) {
		expect(headers['permissions-policy']).toContain(feature);
	}
});

test('every page carries the policy in a meta tag before any script or stylesheet', async ({ page }) => {
	await page.goto('/faq/');
	const meta = page.locator('meta[http-equiv="content-security-policy"]');
	await expect(meta).toHaveCount(1);
	const index = await page.evaluate(() => {
		const children = [...document.head.children];
		const metaIndex = children.findIndex((el) => el.getAttribute('http-equiv') === 'content-security-policy');
		const firstResource = children.findIndex((el) => el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || (el.tagName === 'LINK' && el.getAttribute('rel') === 'stylesheet'));
		return { metaIndex, firstResource };
	});
	expect(index.metaIndex).toBeGreaterThanOrEqual(0);
	if (index.firstResource >= 0) expect(index.metaIndex).toBeLessThan(index.firstResource);
});

test('an inline script injected into a page is blocked by the policy', async ({ page, watch }) => {
	await page.goto('/');
	const ran = await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true;';
		document.body.append(script);
		return (window as unknown as { __injected?: boolean }).__injected === true;
	});
	expect(ran).toBe(false);
	await expect.poll(() => watch.cspViolations.length).toBeGreaterThan(0);
	// This violation was caused on purpose: clear it so the fixture's own check passes.
	watch.cspViolations.length = 0;
	watch.consoleErrors.length = 0;
});
