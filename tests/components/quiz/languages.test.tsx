// The island in another language: the same bundle, with the page's words and site links (built by the
// page in its language) as props, and share links that carry no language (a German link opens in French).
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import QuizIsland from '../../../src/components/quiz/QuizIsland';
import { loadCatalogue } from '../../../src/lib/quiz/load-catalogue';
import { encodeAnswers } from '../../../src/lib/quiz/share-link';
import type { Answers } from '../../../src/lib/quiz/types';
import { localePath } from '../../../src/lib/i18n/locales';
import { toIslandItem, type IslandItem } from '../../../src/lib/settings-display';
import { intlLocale, useTranslations } from '../../../src/translations';
import { catalogueIn, quizTextIn } from './fixtures';
import { freshPage, shownSettingIds } from './helpers';

freshPage();

const german = quizTextIn('de');
const germanCatalogue = catalogueIn('de');
const french = quizTextIn('fr');
const ukAdult: Answers = { region: 'uk', age: 'adult', worries: ['ai-posts'], reach: 'a-little' };

/** The fixture catalogue with one of Meta's own pages on the form, as a setting entry can have. */
const withMetaLink: IslandItem[] = germanCatalogue.map((item) =>
	item.id === 'object-to-ai-training'
		? { ...item, links: [{ label: 'Objection form', url: 'https://help.instagram.com/contact/123' }] }
		: item,
);

describe('the quiz in German', () => {
	it('asks its questions in German', async () => {
		window.history.replaceState(null, '', '/de/quiz/');
		render(<QuizIsland catalogue={germanCatalogue} {...german} />);
		expect(await screen.findByText('Frage 1 von 11')).toBeTruthy();
		expect(document.querySelector('legend')?.textContent).toBe('Wo lebst du?');
		expect(screen.getByRole('button', { name: 'Weiter' })).toBeTruthy();
	});

	it('renders the plan in German, with German links to the setting pages and external links as they are', async () => {
		window.history.replaceState(null, '', `/de/quiz/#${encodeAnswers(ukAdult)}`);
		const { container } = render(<QuizIsland catalogue={withMetaLink} {...german} />);
		await screen.findByRole('heading', { name: 'Dein Plan' });
		const first = screen.getByRole('region', { name: 'Mach das zuerst' });
		const card = first.querySelector<HTMLElement>('[data-setting-id="object-to-ai-training"]')!;
		expect(card.textContent).toContain('Weil du gesagt hast, dass dir KI-Training mit deinen Beiträgen und Fotos Sorgen macht.');
		expect(card.textContent).toContain('für das Vereinigte Königreich');
		expect(card.textContent).toContain('2 Quellen und Details');
		expect(within(card).getByText('Erledigt')).toBeTruthy();
		expect(card.querySelector('h4 a')?.getAttribute('href')).toBe('/de/settings/object-to-ai-training/');
		expect(within(card).getByRole('link', { name: 'Objection form' }).getAttribute('href')).toBe('https://help.instagram.com/contact/123');
		for (const link of container.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
			expect(link.getAttribute('href'), link.textContent ?? '').toMatch(/^\/de\//);
		}
		expect(screen.getByText(/^1 Schritt für dich|^\d+ Schritte für dich/)).toBeTruthy();
		expect(screen.getByRole('button', { name: 'Meine Antworten vergessen' })).toBeTruthy();
	});

	it('links "see all settings" in German when the plan leaves some out', async () => {
		const many: IslandItem[] = Array.from({ length: 8 }, (_, i) => ({
			...germanCatalogue.find((item) => item.id === 'ad-topics')!,
			id: `ad-topics-${i}`,
			name: `Werbethemen ${i}`,
			url: `/de/settings/ad-topics-${i}/`,
		}));
		window.history.replaceState(null, '', `/de/quiz/#${encodeAnswers({ region: 'us', age: 'adult', worries: ['ad-profiling'] })}`);
		render(<QuizIsland catalogue={many} {...german} />);
		await screen.findByRole('heading', { name: 'Dein Plan' });
		const more = screen.getByText(/weitere Einstellung/).closest('p')!;
		expect(within(more).getByRole('link').getAttribute('href')).toBe('/de/settings/');
	});

	it('says so in German, with a German link, when something breaks', async () => {
		const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
		window.history.replaceState(null, '', `/de/quiz/#${encodeAnswers({ region: 'uk' })}`);
		render(<QuizIsland catalogue={[{ id: 'broken' }] as unknown as IslandItem[]} {...german} />);
		const alert = await screen.findByRole('alert');
		quiet.mockRestore();
		expect(alert.textContent).toContain('Das Quiz funktioniert in diesem Browser leider nicht mehr.');
		expect(within(alert).getByRole('link').getAttribute('href')).toBe('/de/settings/');
	});
});

describe('a share link made in one language', () => {
	const real = loadCatalogue();
	// Each language's catalogue has its own names, and is sorted by them (as settingsCatalogue(locale) does).
	const inLanguage = (locale: 'de' | 'fr') =>
		real
			.map((item) =>
				toIslandItem({ ...item, name: `${locale} ${[...item.name].reverse().join('')}` }, undefined, {
					t: useTranslations(locale),
					tag: intlLocale(locale),
					path: (p) => localePath(locale, p),
				}),
			)
			.sort((a, b) => a.name.localeCompare(b.name));
	const answers: Answers = {
		region: 'eu-eea',
		age: 'adult',
		account: 'personal',
		worries: ['ai-posts', 'ai-chats', 'ad-profiling'],
		objected: 'not-yet',
		feed: 'a-little',
		explore: 'a-lot',
		ads: 'not-at-all',
		ai: 'a-little',
		reach: 'a-little',
		pay: 'no',
	};

	it('opens the same plan in another language, in that language, and its fragment names no language', async () => {
		window.history.replaceState(null, '', `/de/quiz/#${encodeAnswers(answers)}`);
		const madeInGerman = render(<QuizIsland catalogue={inLanguage('de')} {...german} />);
		await screen.findByRole('heading', { name: 'Dein Plan' });
		const germanIds = shownSettingIds(madeInGerman.container);
		expect(germanIds.length).toBeGreaterThan(2);
		const link = (screen.getByLabelText('Link zu diesem Plan') as HTMLInputElement).value;
		const fragment = new URL(link).hash;
		expect(new URL(link).pathname).toBe('/de/quiz/');
		expect(fragment).toBe(`#${encodeAnswers(answers)}`);
		expect(fragment).not.toMatch(/\b(?:lang|locale|hl)=|\b(?:en|de|fr|es|it|pt-br)\b/i);
		madeInGerman.unmount();

		// The reader swaps the language in the address bar: same fragment, French page.
		localStorage.clear();
		window.history.replaceState(null, '', `/fr/quiz/${fragment}`);
		const openedInFrench = render(<QuizIsland catalogue={inLanguage('fr')} {...french} />);
		await screen.findByRole('heading', { name: 'Votre plan' });
		expect(shownSettingIds(openedInFrench.container)).toEqual(germanIds);
		expect(openedInFrench.container.textContent).toContain('Parce que vous avez dit que');
		expect(openedInFrench.container.textContent).not.toContain('Weil du gesagt hast');
		expect((screen.getByLabelText('Lien vers ce plan') as HTMLInputElement).value).toBe(`${location.origin}/fr/quiz/${fragment}`);
		for (const anchor of openedInFrench.container.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
			expect(anchor.getAttribute('href')).toMatch(/^\/fr\//);
		}
	});
});
