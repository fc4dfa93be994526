// From "what is true" to "what do I tap", checked on the built site: region pages, Meta's links,
// one route per setting with its copy button, "Discussed in", the FAQ list and the source lines.
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/lib/vocabulary';
import { kb, pageWeight } from '../../scripts/bench-sizes.mjs';
import { page, pages, siteDir } from './site-files';
import { localeFromPath } from '../../src/lib/i18n/locales';
import { useTranslations } from '../../src/translations';

// The shared parsed pages (tests/helpers/built-site.ts): parsing 571 pages again per test runs out of memory.
const doc = (path: string) => page(path).doc;
const META_HOST = /(^|\.)(facebook|instagram|meta)\.com$/;
const metaLinks = (d: Document) =>
	[...d.querySelectorAll<HTMLAnchorElement>('main a[href^="https://"]')].filter(
		// Links in the source list cite a document; the ones above it send the reader to Meta.
		(a) => !a.closest('.sources') && META_HOST.test(new URL(a.href).hostname),
	);

describe('the home page', () => {
	const home = doc('/');

	it('asks where the reader lives, with a plain link to every region page', () => {
		expect(home.querySelector('#where')?.textContent).toBe('Where do you live?');
		const hrefs = [...home.querySelectorAll('.where a')].map((a) => a.getAttribute('href'));
		expect(hrefs).toEqual(REGIONS.map((r) => `/regions/${r}/`));
	});

	it('offers the quiz as a main action', () => {
		expect(home.querySelector('main a.button[href="/quiz/"]')).not.toBeNull();
	});

	it('counts the guide the way the guide index lists it', () => {
		const guideIndex = doc('/guide/');
		const sections = guideIndex.querySelectorAll('main .card-list > li').length;
		const stated = home.querySelector('main a[href="/guide/"]')?.closest('li')?.textContent ?? '';
		// The index lists the sections and the summary; the home page says "N short sections and a summary".
		expect(stated).toContain(`${sections - 1} short sections and a summary`);
		expect(guideIndex.querySelector('.lede')?.textContent).toContain(`${sections - 1} short sections and a summary`);
	});
});

describe('region pages', () => {
	it.each(REGIONS.map((r) => [r]))(
		'/regions/%s/ exists, says what one can and cannot do in three lines, and links Meta’s own pages as leaving the site',
		(region) => {
			const d = doc(`/regions/${region}/`);
			expect(d.querySelectorAll('.region-lines > li')).toHaveLength(3);
			const links = metaLinks(d);
			expect(links.length).toBeGreaterThan(0);
			for (const a of links) {
				expect(a.getAttribute('rel')).toContain('noopener');
				expect(a.querySelector('.sr-only')?.textContent).toContain('leaves this site');
			}
			expect(d.querySelector('main a[href="/quiz/"]')).not.toBeNull();
			expect(d.querySelector('main time[datetime]')).not.toBeNull();
		},
	);

	it.each([['eu-eea'], ['uk']])('/regions/%s/ leads with Meta’s objection form and has the objection helper', (region) => {
		const d = doc(`/regions/${region}/`);
		const first = d.querySelector('.action-card');
		expect(first?.querySelector('h2')?.textContent).toContain('Object to Meta');
		expect(first?.querySelector('.action-links a.button')?.getAttribute('href')).toMatch(
			/^https:\/\/(help\.instagram|www\.facebook|help\.meta)\.com\//,
		);
		const helper = d.querySelector('[data-objection-helper]');
		expect(helper).not.toBeNull();
		expect(helper?.querySelector('a[href^="https://"]')).not.toBeNull();
		expect(helper?.textContent).toMatch(/optional|reason/i);
	});

	it('/regions/brazil/ leads with Brazil’s own form and has the objection helper', () => {
		const d = doc('/regions/brazil/');
		expect(d.querySelector('.action-card h2')?.textContent).toContain('Object to AI training in Brazil');
		const helper = d.querySelector('[data-objection-helper]');
		expect(helper?.textContent).toContain('Diga-nos como esse processamento afeta você');
	});

	it('/regions/eu-eea/ says what Meta must do with an objection, citing GDPR Article 21', () => {
		const d = doc('/regions/eu-eea/');
		const helper = d.querySelector('[data-objection-helper]')!;
		expect(helper.textContent).toContain('compelling legitimate grounds');
		expect(helper.querySelector('a.cite[href="#source-eu-2016-04-gdpr-article-21"]')).not.toBeNull();
		expect(d.getElementById('source-eu-2016-04-gdpr-article-21')).not.toBeNull();
	});

	it('/regions/us/ shows the private-account steps on the page itself', () => {
		const card = doc('/regions/us/').querySelector('.action-card');
		expect(card?.querySelector('h2')?.textContent).toContain('private');
		expect(card?.querySelectorAll('.steps ol > li').length).toBeGreaterThan(2);
	});

	it('/regions/switzerland/ says the sources are unclear', () => {
		expect(doc('/regions/switzerland/').querySelector('main')?.textContent).toMatch(/unclear/i);
	});
});

describe('one route, written once', () => {
	const withSteps = pages.filter((p) => p.html.includes('class="steps"'));

	it('renders numbered steps with a copy button that carries the same steps as text', () => {
		expect(withSteps.length).toBeGreaterThan(20);
		for (const p of withSteps) {
			const d = p.doc;
			for (const block of d.querySelectorAll('.steps')) {
				const button = block.querySelector('button[data-copy]');
				expect(button, p.path).not.toBeNull();
				// Hidden until the script runs: without JavaScript the list itself is the selectable text.
				expect(button?.hasAttribute('hidden'), p.path).toBe(true);
				// The screen-reader note "(leaves this site)" is in the page's language.
				const leaves = useTranslations(localeFromPath(p.path)).journey.external.leaves;
				const items = [...block.querySelectorAll('ol > li')].map((li) => li.textContent!.replace('↗', '').replace(leaves, '').trim());
				for (const item of items) expect(button?.getAttribute('data-copy'), p.path).toContain(item);
			}
		}
	});

	it('turns every https:// address in a step into a link', () => {
		for (const p of withSteps) {
			const d = p.doc;
			for (const li of d.querySelectorAll('.steps ol > li')) {
				const text = [...li.childNodes]
					.filter((n) => n.nodeType === 3)
					.map((n) => n.textContent)
					.join('');
				expect(text, `${p.path}: ${li.textContent}`).not.toMatch(/https:\/\//);
			}
		}
	});

	it('shows an alternative route as an alternative, not as another numbered step', () => {
		const d = doc('/settings/object-to-ai-training/');
		const main = d.querySelector('#setting-steps-list');
		expect([...main!.querySelectorAll('li')].some((li) => /or instead/i.test(li.textContent ?? ''))).toBe(false);
		expect(d.querySelector('details.alternative summary')?.textContent).toMatch(/^Another way/);
	});

	it('draws the two hardest routes as labelled diagrams whose text repeats the steps', () => {
		for (const path of ['/settings/object-to-ai-training/', '/settings/private-account/']) {
			const d = doc(path);
			const figure = d.querySelector('figure.tap-diagram');
			expect(figure?.querySelector('figcaption')?.textContent, path).toMatch(/Diagram.*not a screenshot/);
			const label = figure?.querySelector('[role="img"]')?.getAttribute('aria-label') ?? '';
			for (const li of d.querySelectorAll('#setting-steps-list > li')) expect(label, path).toContain(li.textContent!.trim());
		}
	});
});

describe('setting pages list where they are discussed', () => {
	const linkers = pages.filter((p) => /^\/(guide|faq)\/[^/]+\/$|^\/tips\/$/.test(p.path) && p.path !== '/faq/');

	it.each(pages.filter((p) => /^\/settings\/[^/]+\/$/.test(p.path) && !p.path.startsWith('/settings/region/')).map((p) => [p.path]))(
		'%s lists every guide section, question and tip that links to it',
		(path) => {
			const discussed = new Set(
				[...doc(path).querySelectorAll('#discussed ~ ul a, .discussed a')].map(
					(a) => new URL(a.getAttribute('href')!, 'http://x').pathname,
				),
			);
			const expected = linkers
				.filter((p) => {
					const main = p.doc.querySelector('main');
					return [...(main?.querySelectorAll('a[href]') ?? [])].some((a) => a.getAttribute('href')!.replace(/#.*$/, '') === path);
				})
				.map((p) => p.path);
			for (const from of expected) expect(discussed, `${path} should list ${from}`).toContain(from);
		},
	);
});

describe('FAQ answers that link a setting', () => {
	// Vacuous until answers link settings (the lead adds <SettingLink> to FAQ bodies after merge).
	it('show that setting’s steps under the answer, from the setting entry', () => {
		for (const p of pages.filter((x) => /^\/faq\/[^/]+\/$/.test(x.path))) {
			const d = p.doc;
			const linked = [...d.querySelectorAll('main a[href^="/settings/"]')]
				.filter((a) => !a.closest('.mentioned-steps'))
				.map((a) => a.getAttribute('href')!.match(/^\/settings\/([a-z0-9-]+)\/$/)?.[1])
				.filter((id): id is string => !!id && id !== 'region');
			const first = linked[0];
			if (!first) continue;
			expect(d.querySelector(`.mentioned-steps#do-${first}, section[aria-labelledby="do-${first}"] .steps`), p.path).not.toBeNull();
		}
	});
});

describe('the FAQ list', () => {
	const d = doc('/faq/');

	it('shows every question as a closed <details> with its id, short answer and a link to the full answer', () => {
		const items = [...d.querySelectorAll('details.faq-item')];
		expect(items.length).toBeGreaterThan(10);
		for (const item of items) {
			expect(item.id).toMatch(/^[a-z0-9-]+$/);
			expect(item.hasAttribute('open')).toBe(false);
			expect(item.querySelector('summary')?.textContent?.trim()).toMatch(/\?$/);
			expect(item.querySelector(`a[href="/faq/${item.id}/"]`)).not.toBeNull();
		}
	});

	it('groups the questions under topic headings', () => {
		expect(d.querySelectorAll('section > h2[id^="topic-"]').length).toBeGreaterThan(3);
	});
});

describe('the settings list', () => {
	it('is grouped by what each item protects, objection form in the first group', () => {
		const d = doc('/settings/');
		const groups = [...d.querySelectorAll('section > h2[id^="protects-"]')];
		expect(groups[0]?.id).toBe('protects-ai-training');
		expect(groups[0]?.closest('section')?.querySelector('a[href="/settings/object-to-ai-training/"]')).not.toBeNull();
	});

	it.each(REGIONS.map((r) => [r]))('has a static region filter page for %s that lists only what exists there', (region) => {
		const d = doc(`/settings/region/${region}/`);
		expect(d.querySelector(`a[href="/settings/region/${region}/"][aria-current="page"]`)).not.toBeNull();
		expect(d.querySelectorAll('.settings-group > li').length).toBeGreaterThan(0);
	});

	it('keeps the objection form off the US filter page', () => {
		expect(doc('/settings/region/us/').querySelector('a[href="/settings/object-to-ai-training/"]')).toBeNull();
	});
});

describe('the tips', () => {
	it('each link to their setting, the first to the objection form and the private account', () => {
		const d = doc('/tips/');
		const tips = [...d.querySelectorAll('.tips-list > li')];
		expect(tips).toHaveLength(6);
		for (const tip of tips) expect(tip.querySelector('.tip-action a[href^="/settings/"]')).not.toBeNull();
		expect(tips[0]!.querySelector('a[href="/settings/object-to-ai-training/"]')).not.toBeNull();
		expect(tips[0]!.querySelector('a[href="/settings/private-account/"]')).not.toBeNull();
	});
});

describe('text', () => {
	it('keeps the space between a source line’s date and its kind', () => {
		const glued = pages.filter((p) => /\d\.(Primary|Secondary) source/.test(p.html) || /undated\.(Primary|Secondary)/.test(p.html));
		expect(glued.map((p) => p.path)).toEqual([]);
	});

	it('keeps the space after bold or linked words that end a line in the source code', () => {
		// Astro drops a bare line break between an element and the text after it.
		const glued = pages.flatMap((p) =>
			[...p.html.matchAll(/<\/(strong|em|a)>[a-z]/g)].map((m) => `${p.path}: …${p.html.slice(Math.max(0, m.index! - 40), m.index! + 12)}`),
		);
		expect(glued).toEqual([]);
	});

	it('prints the site name and address on every page', () => {
		for (const p of pages.filter((x) => x.path.endsWith('/'))) {
			const stamp = p.doc.querySelector('.print-stamp');
			expect(stamp?.textContent, p.path).toContain(useTranslations(localeFromPath(p.path)).site.name);
			expect(stamp?.textContent, p.path).toContain(p.path);
		}
	});
});

describe('the About page', () => {
	it('says who made the guide and how to report a mistake, with no form that sends data', () => {
		const d = doc('/about/');
		const who = d.getElementById('who-made-this')?.closest('section');
		expect(who?.textContent).toMatch(/not made by, paid for or checked by Meta/);
		expect(who?.textContent).toMatch(/mistake/i);
		expect(d.querySelector('main form')).toBeNull();
		// With REPOSITORY_URL set at build time, the report link is the repository's issues page.
		const report = who?.querySelector('a[data-external]');
		if (process.env.REPOSITORY_URL) expect(report?.getAttribute('href')).toBe(`${process.env.REPOSITORY_URL.replace(/\/+$/, '')}/issues`);
		else expect(report).toBeNull();
	});
});

describe('weight', () => {
	const KB = 1024;
	const guideAndFaq = pages.filter((p) => /^\/(guide|faq)\/([^/]+\/)?$/.test(p.path));

	it.each(guideAndFaq.map((p) => [p.path]))('%s weighs at most 15 KB gzipped, HTML, CSS and JavaScript together', (path) => {
		const w = pageWeight(siteDir, path);
		const total = w.html.gzip + w.css.gzip + w.js.gzip;
		expect(total, `${kb(w.html.gzip)} KB HTML + ${kb(w.css.gzip)} KB CSS + ${kb(w.js.gzip)} KB JS`).toBeLessThanOrEqual(15 * KB);
	});
});
