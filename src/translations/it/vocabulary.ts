/**
 * Italian words for the site's vocabulary (src/lib/vocabulary.ts), with the same records and keys as
 * src/translations/en/vocabulary.ts. Key terms follow content/translations/it/GLOSSARY.md.
 */
import type { Age, Certainty, ChangeKind, ContentType, Cost, FaqTopic, Protection, Region, SettingKind } from '../../lib/vocabulary';

/** Short region names, for badges, filters and tables. */
export const regionLabels: Record<Region, string> = {
	'eu-eea': 'UE/SEE',
	uk: 'Regno Unito',
	switzerland: 'Svizzera',
	us: 'Stati Uniti',
	brazil: 'Brasile',
	australia: 'Australia',
	elsewhere: 'Altrove',
};

/**
 * Region names as they read inside a sentence, with their article ("l’UE/SEE", "il Regno Unito"). The
 * sentences that need "in" turn them into "nell’UE/SEE", "nel Regno Unito", "in Svizzera" (see journey.ts).
 */
export const regionInSentence: Record<Region, string> = {
	'eu-eea': 'l’UE/SEE',
	uk: 'il Regno Unito',
	switzerland: 'la Svizzera',
	us: 'gli Stati Uniti',
	brazil: 'il Brasile',
	australia: 'l’Australia',
	elsewhere: 'un Paese non elencato qui',
};

/** Region names in full, for a reader choosing where they live. */
export const regionLongNames: Record<Region, string> = {
	'eu-eea': 'Unione europea, Islanda, Liechtenstein o Norvegia',
	uk: 'Regno Unito',
	switzerland: 'Svizzera',
	us: 'Stati Uniti',
	brazil: 'Brasile',
	australia: 'Australia',
	elsewhere: 'Un altro Paese',
};

export const ageLabels: Record<Age, string> = {
	teen: 'Adolescenti (da 13 a 17 anni)',
	adult: 'Adulti (dai 18 anni in su)',
};

export const protectionLabels: Record<Protection, string> = {
	'ai-training': 'Il futuro addestramento dell’IA con i tuoi post',
	'ai-chat-data': 'Ciò che dici a Meta AI',
	'ad-profiling': 'Annunci scelti in base alla tua attività',
	'off-meta-activity': 'L’attività che altri siti e app condividono con Meta',
	'recommendation-profiling': 'Feed e Reels scelti in base alla tua attività',
	'public-exposure': 'Chi può vedere i tuoi post',
	'your-information': 'Sapere cosa Meta conserva su di te',
};

export const costLabels: Record<Cost, string> = {
	'feed-personalisation': 'Un feed scelto per te',
	'explore-reels': 'I suggerimenti in Explore e nei Reels',
	'ad-relevance': 'Annunci in linea con i tuoi interessi',
	'ai-features': 'Le funzioni di Meta AI',
	reach: 'La portata dei tuoi post',
	money: 'Soldi (una quota mensile)',
	time: 'Un po’ del tuo tempo',
};

export const certaintyLabels: Record<Certainty, string> = {
	documented: 'Documentato da Meta',
	reported: 'Riportato, non confermato da Meta',
	unclear: 'Non chiaro: le fonti non concordano',
};

export const kindLabels: Record<SettingKind, string> = {
	setting: 'Un’impostazione',
	form: 'Un modulo',
	habit: 'Un’abitudine',
};

export const faqTopicLabels: Record<FaqTopic, string> = {
	basics: 'Le basi',
	objecting: 'Opporsi all’addestramento dell’IA',
	regions: 'Dove vivi',
	'your-data': 'Quali dati vengono usati',
	'meta-ai': 'Meta AI nell’app',
	personalisation: 'Feed, pubblicità e personalizzazione',
	family: 'Adolescenti, bambini e altre persone',
	myths: 'Falsi miti',
};

/** The search type filter's labels. */
export const contentTypeLabels: Record<ContentType, string> = {
	guide: 'Guida',
	faq: 'Domande',
	setting: 'Impostazione',
	tip: 'Consigli',
	quiz: 'Quiz',
	about: 'Chi siamo',
};

/** Who made a change in the change log (/changes/). */
export const changeKindLabels: Record<ChangeKind, string> = {
	meta: 'Un’iniziativa di Meta',
	court: 'Un tribunale',
	regulator: 'Un’autorità di controllo',
	law: 'Il legislatore',
};

/** How sure a change-log entry is. Not "Documentato da Meta": many entries rest on a regulator's or court's text. */
export const changeCertaintyLabels: Record<Certainty, string> = {
	documented: 'Confermato da una fonte primaria',
	reported: 'Riportato: solo stampa o guide',
	unclear: 'Non chiaro: le fonti non concordano',
};
