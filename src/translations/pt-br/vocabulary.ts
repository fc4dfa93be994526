/**
 * Brazilian Portuguese words for the site's vocabulary (src/lib/vocabulary.ts), with the same records
 * and keys as src/translations/en/vocabulary.ts. Key terms follow content/translations/pt-br/GLOSSARY.md.
 */
import type { Age, Certainty, ChangeKind, ContentType, Cost, FaqTopic, Protection, Region, SettingKind } from '../../lib/vocabulary';

/** Short region names, for badges, filters and tables. */
export const regionLabels: Record<Region, string> = {
	'eu-eea': 'UE/EEE',
	uk: 'Reino Unido',
	switzerland: 'Suíça',
	us: 'Estados Unidos',
	brazil: 'Brasil',
	australia: 'Austrália',
	elsewhere: 'Outros lugares',
};

/**
 * Region names as they read inside a sentence, with their article ("a UE/EEE", "o Brasil"). The
 * sentences that use them join "em" with the article ("na UE/EEE", "no Brasil").
 */
export const regionInSentence: Record<Region, string> = {
	'eu-eea': 'a UE/EEE',
	uk: 'o Reino Unido',
	switzerland: 'a Suíça',
	us: 'os Estados Unidos',
	brazil: 'o Brasil',
	australia: 'a Austrália',
	elsewhere: 'um país que não está nesta lista',
};

/** Region names in full, for a reader choosing where they live. */
export const regionLongNames: Record<Region, string> = {
	'eu-eea': 'União Europeia, Islândia, Liechtenstein ou Noruega',
	uk: 'Reino Unido',
	switzerland: 'Suíça',
	us: 'Estados Unidos',
	brazil: 'Brasil',
	australia: 'Austrália',
	elsewhere: 'Outro lugar',
};

export const ageLabels: Record<Age, string> = {
	teen: 'Adolescentes (13 a 17 anos)',
	adult: 'Adultos (18 anos ou mais)',
};

export const protectionLabels: Record<Protection, string> = {
	'ai-training': 'Treinamento futuro de IA com suas publicações',
	'ai-chat-data': 'O que você conta à Meta AI',
	'ad-profiling': 'Anúncios escolhidos pela sua atividade',
	'off-meta-activity': 'Atividade que outros sites e apps compartilham com a Meta',
	'recommendation-profiling': 'Feed e Reels escolhidos pela sua atividade',
	'public-exposure': 'Quem pode ver suas publicações',
	'your-information': 'Saber o que a Meta tem sobre você',
};

export const costLabels: Record<Cost, string> = {
	'feed-personalisation': 'Um feed escolhido para você',
	'explore-reels': 'Sugestões no Explorar e nos Reels',
	'ad-relevance': 'Anúncios que combinam com seus interesses',
	'ai-features': 'Recursos da Meta AI',
	reach: 'Alcance das suas publicações',
	money: 'Dinheiro (uma mensalidade)',
	time: 'Um pouco do seu tempo',
};

export const certaintyLabels: Record<Certainty, string> = {
	documented: 'Documentado pela Meta',
	reported: 'Relatado, não confirmado pela Meta',
	unclear: 'Pouco claro: as fontes divergem',
};

export const kindLabels: Record<SettingKind, string> = {
	setting: 'Uma configuração',
	form: 'Um formulário',
	habit: 'Um hábito',
};

export const faqTopicLabels: Record<FaqTopic, string> = {
	basics: 'O básico',
	objecting: 'Como se opor ao treinamento de IA',
	regions: 'Onde você mora',
	'your-data': 'Quais dados são usados',
	'meta-ai': 'A Meta AI no app',
	personalisation: 'Feed, anúncios e personalização',
	family: 'Adolescentes, crianças e outras pessoas',
	myths: 'Mitos',
};

/** The search type filter's labels. */
export const contentTypeLabels: Record<ContentType, string> = {
	guide: 'Guia',
	faq: 'Perguntas',
	setting: 'Configuração',
	tip: 'Dicas',
	quiz: 'Quiz',
	about: 'Sobre',
};

/** Who made a change in the change log (/changes/). */
export const changeKindLabels: Record<ChangeKind, string> = {
	meta: 'Uma ação da Meta',
	court: 'Um tribunal',
	regulator: 'Um órgão regulador',
	law: 'Legisladores',
};

/** How sure a change-log entry is. Not "Documentado pela Meta": many entries rest on a regulator's or court's text. */
export const changeCertaintyLabels: Record<Certainty, string> = {
	documented: 'Confirmado por uma fonte primária',
	reported: 'Relatado: só imprensa ou guias',
	unclear: 'Pouco claro: as fontes divergem',
};
