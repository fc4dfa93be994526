/**
 * French words for the site's vocabulary (src/lib/vocabulary.ts), with the same records and keys as
 * src/translations/en/vocabulary.ts. Key terms follow content/translations/fr/GLOSSARY.md.
 */
import type { Age, Certainty, ChangeKind, ContentType, Cost, FaqTopic, Protection, Region, SettingKind } from '../../lib/vocabulary';

/** Short region names, for badges, filters and tables. */
export const regionLabels: Record<Region, string> = {
	'eu-eea': 'UE/EEE',
	uk: 'Royaume-Uni',
	switzerland: 'Suisse',
	us: 'États-Unis',
	brazil: 'Brésil',
	australia: 'Australie',
	elsewhere: 'Ailleurs',
};

/**
 * Region names as they read inside a sentence, with their article (« l’UE/EEE », « le Brésil »). The
 * sentences that say "in" turn the article into the right preposition (« dans l’UE/EEE », « au Brésil »).
 */
export const regionInSentence: Record<Region, string> = {
	'eu-eea': 'l’UE/EEE',
	uk: 'le Royaume-Uni',
	switzerland: 'la Suisse',
	us: 'les États-Unis',
	brazil: 'le Brésil',
	australia: 'l’Australie',
	elsewhere: 'un pays qui ne figure pas dans cette liste',
};

/** Region names in full, for a reader choosing where they live. */
export const regionLongNames: Record<Region, string> = {
	'eu-eea': 'Union européenne, Islande, Liechtenstein ou Norvège',
	uk: 'Royaume-Uni',
	switzerland: 'Suisse',
	us: 'États-Unis',
	brazil: 'Brésil',
	australia: 'Australie',
	elsewhere: 'Ailleurs dans le monde',
};

export const ageLabels: Record<Age, string> = {
	teen: 'Ados (13 à 17 ans)',
	adult: 'Adultes (18 ans et plus)',
};

export const protectionLabels: Record<Protection, string> = {
	'ai-training': 'L’entraînement futur de l’IA sur vos publications',
	'ai-chat-data': 'Ce que vous dites à Meta AI',
	'ad-profiling': 'Les publicités choisies d’après votre activité',
	'off-meta-activity': 'L’activité que d’autres sites et applications partagent avec Meta',
	'recommendation-profiling': 'Le fil et les Reels choisis d’après votre activité',
	'public-exposure': 'Qui peut voir vos publications',
	'your-information': 'Savoir ce que Meta détient sur vous',
};

export const costLabels: Record<Cost, string> = {
	'feed-personalisation': 'Un fil choisi pour vous',
	'explore-reels': 'Les suggestions dans Explorer et Reels',
	'ad-relevance': 'Des publicités adaptées à vos centres d’intérêt',
	'ai-features': 'Les fonctions de Meta AI',
	reach: 'La portée de vos publications',
	money: 'De l’argent (des frais mensuels)',
	time: 'Un peu de votre temps',
};

export const certaintyLabels: Record<Certainty, string> = {
	documented: 'Documenté par Meta',
	reported: 'Rapporté, non confirmé par Meta',
	unclear: 'Incertain\u00a0: les sources divergent',
};

export const kindLabels: Record<SettingKind, string> = {
	setting: 'Un réglage',
	form: 'Un formulaire',
	habit: 'Une habitude',
};

export const faqTopicLabels: Record<FaqTopic, string> = {
	basics: 'Les bases',
	objecting: 'S’opposer à l’entraînement de l’IA',
	regions: 'Là où vous vivez',
	'your-data': 'Quelles données sont utilisées',
	'meta-ai': 'Meta AI dans l’application',
	personalisation: 'Fil, publicités et personnalisation',
	family: 'Ados, enfants et autres personnes',
	myths: 'Idées reçues',
};

/** The search type filter's labels. */
export const contentTypeLabels: Record<ContentType, string> = {
	guide: 'Guide',
	faq: 'FAQ',
	setting: 'Réglage',
	tip: 'Conseils',
	quiz: 'Quiz',
	about: 'À propos',
};

/** Who made a change in the change log (/changes/). */
export const changeKindLabels: Record<ChangeKind, string> = {
	meta: 'Une action de Meta',
	court: 'Un tribunal',
	regulator: 'Un régulateur',
	law: 'Les législateurs',
};

/** How sure a change-log entry is. Not « Documenté par Meta »: many entries rest on a regulator's or court's text. */
export const changeCertaintyLabels: Record<Certainty, string> = {
	documented: 'Confirmé par une source primaire',
	reported: 'Rapporté\u00a0: presse ou guides seulement',
	unclear: 'Incertain\u00a0: les sources divergent',
};
