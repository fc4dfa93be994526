/**
 * Spanish words for the site's vocabulary (src/lib/vocabulary.ts), with the same records and keys as
 * src/translations/en/vocabulary.ts. Key terms follow content/translations/es/GLOSSARY.md.
 */
import type { Age, Certainty, ChangeKind, ContentType, Cost, FaqTopic, Protection, Region, SettingKind } from '../../lib/vocabulary';

/** Short region names, for badges, filters and tables. */
export const regionLabels: Record<Region, string> = {
	'eu-eea': 'UE/EEE',
	uk: 'Reino Unido',
	switzerland: 'Suiza',
	us: 'Estados Unidos',
	brazil: 'Brasil',
	australia: 'Australia',
	elsewhere: 'Otro lugar',
};

/**
 * Region names as they read inside a sentence, with their article where Spanish uses one ("la UE/EEE",
 * "el Reino Unido"). The sentences that use them put "en" before them ("en el Reino Unido"), as the
 * quiz templates do (src/lib/quiz/templates/es.ts).
 */
export const regionInSentence: Record<Region, string> = {
	'eu-eea': 'la UE/EEE',
	uk: 'el Reino Unido',
	switzerland: 'Suiza',
	us: 'Estados Unidos',
	brazil: 'Brasil',
	australia: 'Australia',
	elsewhere: 'un país que no aparece aquí',
};

/** Region names in full, for a reader choosing where they live. */
export const regionLongNames: Record<Region, string> = {
	'eu-eea': 'Unión Europea, Islandia, Liechtenstein o Noruega',
	uk: 'Reino Unido',
	switzerland: 'Suiza',
	us: 'Estados Unidos',
	brazil: 'Brasil',
	australia: 'Australia',
	elsewhere: 'Otro lugar',
};

export const ageLabels: Record<Age, string> = {
	teen: 'Adolescentes (de 13 a 17 años)',
	adult: 'Adultos (18 años o más)',
};

export const protectionLabels: Record<Protection, string> = {
	'ai-training': 'El entrenamiento futuro de la IA con tus publicaciones',
	'ai-chat-data': 'Lo que le cuentas a Meta AI',
	'ad-profiling': 'Anuncios elegidos según tu actividad',
	'off-meta-activity': 'La actividad que otros sitios web y apps comparten con Meta',
	'recommendation-profiling': 'Feed y reels elegidos según tu actividad',
	'public-exposure': 'Quién puede ver tus publicaciones',
	'your-information': 'Saber qué tiene Meta sobre ti',
};

export const costLabels: Record<Cost, string> = {
	'feed-personalisation': 'Un feed elegido para ti',
	'explore-reels': 'Sugerencias en Explorar y en reels',
	'ad-relevance': 'Anuncios acordes con tus intereses',
	'ai-features': 'Funciones de Meta AI',
	reach: 'Alcance de tus publicaciones',
	money: 'Dinero (una cuota mensual)',
	time: 'Algo de tu tiempo',
};

export const certaintyLabels: Record<Certainty, string> = {
	documented: 'Documentado por Meta',
	reported: 'Según informes, sin confirmar por Meta',
	unclear: 'No está claro: las fuentes no coinciden',
};

export const kindLabels: Record<SettingKind, string> = {
	setting: 'Un ajuste',
	form: 'Un formulario',
	habit: 'Un hábito',
};

export const faqTopicLabels: Record<FaqTopic, string> = {
	basics: 'Lo básico',
	objecting: 'Oponerte al entrenamiento de la IA',
	regions: 'Dónde vives',
	'your-data': 'Qué datos se usan',
	'meta-ai': 'Meta AI en la app',
	personalisation: 'Feed, anuncios y personalización',
	family: 'Adolescentes, niños y otras personas',
	myths: 'Mitos',
};

/** The search type filter's labels. */
export const contentTypeLabels: Record<ContentType, string> = {
	guide: 'Guía',
	faq: 'Preguntas',
	setting: 'Ajuste',
	tip: 'Consejos',
	quiz: 'Cuestionario',
	about: 'Sobre la guía',
};

/** Who made a change in the change log (/changes/). */
export const changeKindLabels: Record<ChangeKind, string> = {
	meta: 'Un movimiento de Meta',
	court: 'Un tribunal',
	regulator: 'Un regulador',
	law: 'Legisladores',
};

/** How sure a change-log entry is. Not "Documentado por Meta": many entries rest on a regulator's or court's text. */
export const changeCertaintyLabels: Record<Certainty, string> = {
	documented: 'Confirmado por una fuente primaria',
	reported: 'Según informes: solo prensa o guías',
	unclear: 'No está claro: las fuentes no coinciden',
};
