// A small catalogue for island tests that do not need the real one: one form, one setting, one paid option, one habit.
// The island's words (questions and labels) are the real ones, as the quiz page passes them.
import { localePath, type Locale } from '../../../src/lib/i18n/locales';
import type { QuizIslandProps } from '../../../src/components/quiz/QuizIsland';
import { quizWords } from '../../../src/lib/quiz/words';
import type { CatalogueItem } from '../../../src/lib/quiz/types';
import { AGES, REGIONS } from '../../../src/lib/vocabulary';
import { toIslandItem, type IslandItem } from '../../../src/lib/settings-display';
import { intlLocale, useTranslations } from '../../../src/translations';

const base = {
	kind: 'setting' as const,
	summary: 'A short summary of what this item is, for the fixture.',
	reversibleHow: 'Turn it off again.',
	sources: ['source-one', 'source-two'],
	ages: [...AGES],
	costNote: 'A plain sentence about what it costs.',
	effortMinutes: 2,
	reversible: true,
	certainty: 'documented' as const,
	paid: false,
	lastVerified: '2026-11-28',
};

const items: CatalogueItem[] = [
	{
		...base,
		id: 'object-to-ai-training',
		name: 'Object to AI training',
		kind: 'form',
		steps: ['Open the form', 'Send it'],
		regions: ['eu-eea', 'uk'],
		ages: ['adult'],
		protects: ['ai-training'],
		costs: [],
		reversible: false,
	},
	{
		...base,
		id: 'private-account',
		name: 'Make your account private',
		steps: ['Open Settings and privacy', 'Turn on Private account'],
		regions: [...REGIONS],
		protects: ['ai-training', 'public-exposure'],
		costs: ['reach'],
		certainty: 'reported',
	},
	{
		...base,
		id: 'ad-topics',
		name: 'See fewer ads on some topics',
		steps: ['Open Accounts Center', 'Open Ad preferences', 'Choose Ad topics'],
		regions: [...REGIONS],
		protects: ['ad-profiling'],
		costs: ['ad-relevance'],
	},
	{
		...base,
		id: 'subscription-no-ads',
		name: 'Pay for Instagram without ads',
		steps: ['Open Accounts Center', 'Choose the subscription'],
		regions: ['eu-eea', 'uk'],
		ages: ['adult'],
		protects: ['ad-profiling'],
		costs: ['money'],
		paid: true,
	},
	{
		...base,
		id: 'download-your-information',
		name: 'Download your information',
		steps: ['Open Accounts Center', 'Choose Download your information'],
		regions: [...REGIONS],
		protects: ['your-information'],
		costs: [],
	},
];

/** The fixture catalogue as the quiz page in `locale` builds it: words and setting links in that language. */
export function catalogueIn(locale: Locale): IslandItem[] {
	return items.map((item) =>
		toIslandItem(item, undefined, { t: useTranslations(locale), tag: intlLocale(locale), path: (p) => localePath(locale, p) }),
	);
}

export const fixtureCatalogue: IslandItem[] = catalogueIn('en');

/** The props the quiz page gives the island in `locale`, apart from the catalogue: its words and its settings link. */
export function quizTextIn(locale: Locale): Omit<QuizIslandProps, 'catalogue'> {
	const { questionText, uiText, templates } = quizWords(locale);
	return { settingsHref: localePath(locale, '/settings/'), questionText, uiText, templates };
}

/** The English page's props: spread them into <QuizIsland />. */
export const quizText = quizTextIn('en');
