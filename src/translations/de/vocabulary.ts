/**
 * German words for the site's vocabulary (src/lib/vocabulary.ts), with the same records and keys as
 * src/translations/en/vocabulary.ts. Key terms follow content/translations/de/GLOSSARY.md.
 */
import type { Age, Certainty, ChangeKind, ContentType, Cost, FaqTopic, Protection, Region, SettingKind } from '../../lib/vocabulary';

/** Short region names, for badges, filters and tables. */
export const regionLabels: Record<Region, string> = {
	'eu-eea': 'EU/EWR',
	uk: 'Vereinigtes Königreich',
	switzerland: 'Schweiz',
	us: 'USA',
	brazil: 'Brasilien',
	australia: 'Australien',
	elsewhere: 'Anderswo',
};

/**
 * Region names as they read inside a sentence, with their article ("die Schweiz", "die USA"). The
 * sentences that use them put them after "in" in the dative ("in der Schweiz", "in den USA"): see
 * `inRegion` in journey.ts and site.ts.
 */
export const regionInSentence: Record<Region, string> = {
	'eu-eea': 'die EU oder der EWR',
	uk: 'das Vereinigte Königreich',
	switzerland: 'die Schweiz',
	us: 'die USA',
	brazil: 'Brasilien',
	australia: 'Australien',
	elsewhere: 'ein Land, das hier nicht aufgeführt ist',
};

/** Region names in full, for a reader choosing where they live. */
export const regionLongNames: Record<Region, string> = {
	'eu-eea': 'Europäische Union, Island, Liechtenstein oder Norwegen',
	uk: 'Vereinigtes Königreich',
	switzerland: 'Schweiz',
	us: 'USA',
	brazil: 'Brasilien',
	australia: 'Australien',
	elsewhere: 'Anderswo',
};

export const ageLabels: Record<Age, string> = {
	teen: 'Jugendliche (13 bis 17)',
	adult: 'Erwachsene (ab 18)',
};

export const protectionLabels: Record<Protection, string> = {
	'ai-training': 'Künftiges KI-Training mit deinen Beiträgen',
	'ai-chat-data': 'Was du Meta AI erzählst',
	'ad-profiling': 'Werbung, die nach deinen Aktivitäten ausgewählt wird',
	'off-meta-activity': 'Aktivitäten, die andere Websites und Apps mit Meta teilen',
	'recommendation-profiling': 'Feed und Reels, die nach deinen Aktivitäten ausgewählt werden',
	'public-exposure': 'Wer deine Beiträge sehen kann',
	'your-information': 'Wissen, was Meta über dich gespeichert hat',
};

export const costLabels: Record<Cost, string> = {
	'feed-personalisation': 'Ein Feed, der für dich ausgewählt wird',
	'explore-reels': 'Vorschläge in Explore und Reels',
	'ad-relevance': 'Werbung, die zu deinen Interessen passt',
	'ai-features': 'Funktionen von Meta AI',
	reach: 'Reichweite deiner Beiträge',
	money: 'Geld (eine monatliche Gebühr)',
	time: 'Etwas von deiner Zeit',
};

export const certaintyLabels: Record<Certainty, string> = {
	documented: 'Von Meta dokumentiert',
	reported: 'Berichtet, von Meta nicht bestätigt',
	unclear: 'Unklar: Die Quellen widersprechen sich',
};

export const kindLabels: Record<SettingKind, string> = {
	setting: 'Eine Einstellung',
	form: 'Ein Formular',
	habit: 'Eine Gewohnheit',
};

export const faqTopicLabels: Record<FaqTopic, string> = {
	basics: 'Die Grundlagen',
	objecting: 'Dem KI-Training widersprechen',
	regions: 'Wo du lebst',
	'your-data': 'Welche Daten genutzt werden',
	'meta-ai': 'Meta AI in der App',
	personalisation: 'Feed, Werbung und Personalisierung',
	family: 'Jugendliche, Kinder und andere Menschen',
	myths: 'Mythen',
};

/** The search type filter's labels. */
export const contentTypeLabels: Record<ContentType, string> = {
	guide: 'Leitfaden',
	faq: 'Fragen',
	setting: 'Einstellung',
	tip: 'Tipps',
	quiz: 'Quiz',
	about: 'Über uns',
};

/** Who made a change in the change log (/changes/). */
export const changeKindLabels: Record<ChangeKind, string> = {
	meta: 'Ein Schritt von Meta',
	court: 'Ein Gericht',
	regulator: 'Eine Aufsichtsbehörde',
	law: 'Gesetzgeber',
};

/** How sure a change-log entry is. Not "Von Meta dokumentiert": many entries rest on a regulator's or court's text. */
export const changeCertaintyLabels: Record<Certainty, string> = {
	documented: 'Von einer Primärquelle bestätigt',
	reported: 'Berichtet: nur Presse oder Anleitungen',
	unclear: 'Unklar: Die Quellen widersprechen sich',
};
