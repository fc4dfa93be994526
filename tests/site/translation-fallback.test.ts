// When the English moves on or a translation is missing, a reader of the translated page is told,
// and nothing is lost: a build of a copy of the project with one English answer changed and one
// German translation removed. A translation with a bad field stops the build, naming the file.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeProjectCopies, syncOutput } from '../helpers/project-copy';

afterAll(removeProjectCopies);

let out = '';
const page = (path: string) => new JSDOM(readFileSync(join(out, path, 'index.html'), 'utf8')).window.document;

beforeAll(() => {
	const dir = copyProject('translation-fallback');
	const english = join(dir, 'content/faq/how-do-i-opt-out.mdx');
	writeFileSync(english, `${readFileSync(english, 'utf8')}\nA sentence added to the English after the translations were made.\n`);
	rmSync(join(dir, 'content/translations/de/faq/can-i-undo-my-objection.mdx'));
	out = join(dir, 'out');
	execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
		cwd: dir,
		stdio: 'pipe',
		env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
	});
}, 300_000);

describe('a translation behind its English page', () => {
	it('keeps its translated text and says the English page is newer, with a link to it', () => {
		const doc = page('de/faq/how-do-i-opt-out');
		const notice = doc.querySelector('.translation-notice');
		expect(notice?.getAttribute('data-translation-status')).toBe('outdated');
		expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/faq/how-do-i-opt-out/');
		expect(doc.documentElement.lang).toBe('de');
		expect(doc.querySelector('main .wrap')?.getAttribute('lang')).toBeNull();
	});

	it('is listed as behind the English on /translations/', () => {
		const item = [...page('translations').querySelectorAll('li[data-status="outdated"] a')].map((a) => a.getAttribute('href'));
		expect(item).toContain('/de/faq/how-do-i-opt-out/');
	});

	it('leaves the other languages that are current without a notice', () => {
		expect(page('de/faq/are-my-dms-used').querySelector('.translation-notice')).toBeNull();
	});
});

describe('a missing translation', () => {
	it('shows the English text marked as English, under a notice in German', () => {
		const doc = page('de/faq/can-i-undo-my-objection');
		const notice = doc.querySelector('.translation-notice');
		expect(notice?.getAttribute('data-translation-status')).toBe('missing');
		expect(notice?.getAttribute('lang')).toBe('de');
		expect(notice?.textContent).toContain('Deutsch');
		expect(doc.querySelector('main .wrap')?.getAttribute('lang')).toBe('en');
		expect(doc.querySelector('h1')?.textContent).toBe(page('faq/can-i-undo-my-objection').querySelector('h1')?.textContent);
	});

	it('stays out of the German search index, which should find German pages', () => {
		expect(page('de/faq/can-i-undo-my-objection').querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(false);
		expect(page('de/faq/how-do-i-opt-out').querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(true);
	});

	it('is counted as missing on /translations/', () => {
		const row = page('translations').querySelector('li[data-locale="de"] [data-status="missing"]');
		expect(row?.textContent?.trim()).toBe('1');
	});
});

describe('a translation with a bad field', () => {
	it('stops the build and names the file and the field', () => {
		const dir = copyProject('bad-translation');
		const file = join(dir, 'content/translations/fr/faq/how-do-i-opt-out.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^translatedFrom:.*\n/m, ''));
		const { ok, output } = syncOutput(dir);
		expect(ok).toBe(false);
		expect(output).toMatch(/fr\/faq\/how-do-i-opt-out/);
		expect(output).toMatch(/translatedFrom is missing: run `npm run translations -- stamp/);
	});
});
