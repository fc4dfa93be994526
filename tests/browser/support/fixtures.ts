// The `test` every browser spec uses. It watches each test's browser context and fails the test if,
// at any point, the site:
//  - sent a request to another origin (the site promises to load nothing from elsewhere),
//  - set a cookie,
//  - logged a console error or threw an uncaught error,
//  - broke its own Content-Security-Policy (reported through the securitypolicyviolation event).
// Specs can read what was seen through the `watch` fixture to assert on it directly.
import { test as base, expect, type BrowserContext } from '@playwright/test';

export interface Watch {
	/** Every URL the pages requested (including same-origin ones). */
	requests: string[];
	/** Requests whose origin is not the site's. */
	offsite: string[];
	consoleErrors: string[];
	pageErrors: string[];
	cspViolations: string[];
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

async function startWatching(context: BrowserContext, siteOrigin: string): Promise<Watch> {
	const watch: Watch = { requests: [], offsite: [], consoleErrors: [], pageErrors: [], cspViolations: [] };
	context.on('request', (request) => {
		const url = new URL(request.url());
		watch.requests.push(url.href);
		if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== siteOrigin) watch.offsite.push(url.href);
	});
	const attach = (page: import('@playwright/test').Page) => {
		page.on('console', (message) => {
			if (message.type() === 'error') watch.consoleErrors.push(`${page.url()}: ${message.text()}`);
		});
		page.on('pageerror', (error) => watch.pageErrors.push(`${page.url()}: ${error.message}`));
	};
	context.pages().forEach(attach);
	context.on('page', attach);
	await context.exposeBinding('__reportCspViolation', ({ page }, text: string) => {
		watch.cspViolations.push(`${page.url()}: ${text}`);
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __reportCspViolation?: (t: string) => void }).__reportCspViolation;
			report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile ?? ''}:${event.lineNumber})`);
		});
	});
	return watch;
}

export const test = base.extend<{ watch: Watch; siteGuard: void }>({
	watch: async ({ context, baseURL }, use) => {
		const siteOrigin = new URL(baseURL!).origin;
		// With JavaScript off, init scripts and bindings cannot run, but requests and cookies are still watched.
		await use(await startWatching(context, siteOrigin));
	},
	siteGuard: [
		async ({ watch, context }, use) => {
			await use();
			expect.soft(watch.offsite, 'requests to other origins').toEqual([]);
			expect.soft(await context.cookies(), 'cookies set by the site').toEqual([]);
			expect.soft(watch.pageErrors, 'uncaught errors').toEqual([]);
			expect.soft(watch.consoleErrors, 'console errors').toEqual([]);
			expect.soft(watch.cspViolations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
