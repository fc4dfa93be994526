/**
 * French interface words for the page frame and the pages themselves; keys and function parameters as
 * in src/translations/en/site.ts. Key terms follow content/translations/fr/GLOSSARY.md. Reader: « vous ».
 */
import type { UiText } from '../en';
import { dans, languageNames } from './grammar';

export const siteText: UiText['site'] = {
	name: 'Guide de l’opt-out Meta AI',
	shareImageAlt: 'Guide de l’opt-out Meta AI\u00a0: ce qu’Instagram utilise pour l’IA, et les réglages qui le limitent',
	skipLink: 'Aller au contenu principal',
	feedTitle: 'Ce qui a changé\u00a0: Meta AI et vos données Instagram',
	nav: {
		mainLabel: 'Principal',
		footerLabel: 'Pied de page',
		guide: 'Guide',
		quiz: 'Quiz',
		settings: 'Réglages',
		faq: 'FAQ',
		tips: 'Conseils',
		changes: 'Ce qui a changé',
		sources: 'Sources',
		about: 'À propos et confidentialité',
		translations: 'Traductions',
	},
	footer: {
		independent:
			'Un guide indépendant, qui n’est fait ni par Meta ni par Instagram. Ce site n’a pas de mesure d’audience, ne dépose aucun cookie et ne charge rien depuis d’autres sites.',
	},
	/** « Les informations les plus récentes de ce site datent de fin août 2026 … »: `month` e.g. « août 2026 ». */
	evidence: {
		part: {
			early: (month: string) => `début ${month}`,
			mid: (month: string) => `mi-${month}`,
			late: (month: string) => `fin ${month}`,
		},
		sentence: (when: string) =>
			`Les informations les plus récentes de ce site datent de ${when}. Ce que Meta a changé après cette date n’est pas couvert ici.`,
		newestDated: 'La source datée la plus récente est du',
		howWeCheck: 'Comment nous vérifions',
		checkedUpTo: 'Vérifié par rapport aux sources jusqu’au',
		menusChange: 'Meta change souvent ses menus\u00a0: c’est pourquoi chaque page affiche sa propre date.',
	},
	language: {
		label: 'Langue',
		missing: (language: string) =>
			`Cette page n’est pas encore traduite en ${languageNames[language] ?? language}\u00a0: elle s’affiche donc en anglais.`,
		outdated: 'La page en anglais a été modifiée depuis cette traduction. Celle-ci peut manquer les faits les plus récents.',
		readEnglish: 'Lire la page en anglais',
		menuLabels:
			'Les noms des menus d’Instagram sont donnés en anglais, comme nos sources les montrent, avec notre traduction entre parenthèses. Votre application peut les afficher en français.',
		suggest: 'Lire cette page en français',
	},
	translations: {
		title: 'Traductions\u00a0: ce qui est à jour',
		description: 'Quelles pages de ce guide sont traduites dans chaque langue, et quelles traductions sont en retard sur l’anglais.',
		lede: 'Chaque page est d’abord écrite en anglais. Une traduction note à partir de quelle version de la page anglaise elle a été faite\u00a0; quand l’anglais change, la page traduite le signale jusqu’à ce que la traduction soit mise à jour.',
		current: 'À jour',
		outdated: 'En retard sur l’anglais',
		missing: 'Pas encore traduite',
		allCurrent: 'Toutes les pages sont traduites et correspondent à l’anglais.',
		collections: {
			guide: 'Guide',
			faq: 'Questions et réponses',
			pages: 'Autres pages',
			tips: 'Conseils',
			settings: 'Réglages',
			regions: 'Régions',
			changes: 'Ce qui a changé',
		},
		interfaceNote: 'Les menus, les boutons et les libellés sont traduits à part, et sont complets dans toutes les langues.',
	},
	dates: {
		lastChecked: 'Dernière vérification par rapport aux sources\u00a0:',
		newestSource: 'Source la plus récente\u00a0:',
		noneDated: 'Aucune de ses sources n’est datée.',
		whatThisMeans: 'Ce que cela veut dire',
		undated: 'sans date',
	},
	sources: {
		heading: 'Sources',
		primary: 'Source primaire.',
		secondary: 'Source secondaire (rapportée).',
		reprints: 'Reprend ou rapporte\u00a0:',
		readVia: 'Consultée au moyen d’une',
		storedCopy: 'copie conservée',
		pageTitle: 'Sources',
		pageDescription:
			'Toutes les sources sur lesquelles s’appuie ce guide\u00a0: les pages de Meta, les régulateurs, les tribunaux et la presse, avec leurs dates.',
		pageLede: (count: number) => `Chaque page de ce guide donne ses sources. Les voici toutes réunies\u00a0: ${count} au total.`,
		kindsExplained: {
			primaryName: 'Les sources primaires',
			primaryText: 'sont les pages de Meta, les régulateurs, les tribunaux et la loi.',
			secondaryName: 'Les sources secondaires',
			secondaryText:
				'sont des articles de presse et des guides\u00a0; le guide dit «\u00a0rapporté\u00a0» ou «\u00a0selon\u00a0» quand il s’appuie sur l’une d’elles. Quand la page d’origine n’a pas pu être lue directement, l’entrée renvoie à la copie conservée qui a été lue.',
		},
		primaryHeading: (count: number) => `Sources primaires (${count})`,
		secondaryHeading: (count: number) => `Sources secondaires (${count})`,
		titlesNote: 'Les sources gardent leur propre titre, dans la langue où elles ont été publiées.',
	},
	regionBadges: {
		appliesTo: 'Concerne',
		everywhere: 'Partout',
		regionSpecific: 'Faits propres à certaines régions dans cette section',
		availableIn: 'Disponible',
		for: 'Pour',
	},
	aside: {
		note: 'Remarque',
		uncertain: 'Ce qu’on ne sait pas',
		region: 'Dépend de l’endroit où vous vivez',
	},
	toc: 'Sur cette page',
	prevNext: { label: 'Section précédente et suivante', previous: 'Précédente', next: 'Suivante' },
	home: {
		description:
			'Ce que Meta AI fait de vos publications sur Instagram, si vous pouvez refuser là où vous vivez, et quels réglages changer. Des mots simples, des sources, aucun pistage.',
	},
	guide: {
		title: 'Le guide',
		description: 'De courtes sections sur ce que Meta AI fait de vos données sur Instagram, ce que change un refus, et ce qu’il coûte.',
		lede: (count: number) =>
			`${count} courtes sections et un résumé, environ une minute chacun. Lisez-les dans l’ordre, ou allez directement à celle dont vous avez besoin.`,
		checkedUpTo: 'Sections vérifiées jusqu’au',
		sectionOf: (position: number, total: number) => `Guide, section ${position} sur ${total}`,
		conclusionLine: 'Guide, conclusion',
		conclusionNav: 'Que faire maintenant',
		conclusionText: 'La version courte\u00a0: ce qu’il faut changer aujourd’hui et ce qu’il faut surveiller.',
		toFaq: 'Questions et réponses',
	},
	faq: {
		description:
			'Des réponses simples aux questions qu’on se pose sur Meta AI dans Instagram\u00a0: l’opposition, les messages privés, les régions, les ados, comment revenir en arrière.',
		topics: 'Thèmes',
		moreInGuide: 'Plus dans le guide\u00a0:',
		all: 'Toutes les questions et réponses',
		howToDoIt: (name: string) => `Comment faire\u00a0: ${name}`,
		settingDetails: 'Ce que cela protège, ce que cela coûte, et les sources',
	},
	setting: {
		allSettings: 'Tous les réglages',
		howSure: (label: string) => `Notre degré de certitude\u00a0: ${label}.`,
		certaintyExplained: {
			documented: 'Des pages, des politiques ou des formulaires de Meta le disent.',
			reported:
				'Les étapes ou les détails clés viennent d’articles de presse ou de guides, pas de Meta. Quand un texte de Meta confirme une partie, la page le précise.',
			unclear: 'Nos sources se contredisent sur ce point\u00a0: prenez les détails avec précaution.',
		},
		howHeading: 'Comment faire',
		onWeb: 'Sur instagram.com',
		tradeOffHeading: 'Ce que cela protège et ce que cela coûte',
		protects: 'Protège',
		protectsNothing: 'Aucune de vos données. Cela change ce qu’on vous montre, pas ce que Meta collecte ou utilise.',
		costs: 'Ce que cela vous coûte',
		time: 'Temps nécessaire',
		effort: (minutes: number) => `Environ ${minutes} ${minutes < 2 ? 'minute' : 'minutes'}`,
		undo: 'Pouvez-vous revenir en arrière\u00a0?',
		yes: 'Oui.',
		no: 'Non.',
		detailsHeading: 'À savoir',
		quizLine: 'Vous ne savez pas si cela en vaut la peine pour vous\u00a0?',
		quizLink: 'Le quiz',
		quizLineEnd: 'le met en balance avec ce qui compte pour vous.',
		nothingDocumented: 'Rien de documenté',
		stepsBy: (publisher: string) => `Étapes telles que décrites par ${publisher}.`,
		settingsDescription:
			'Tous les réglages, formulaires et habitudes Instagram de ce guide, regroupés selon ce qu’ils protègent\u00a0: où ils existent, ce qu’ils vous coûtent et le degré de certitude des sources.',
		wantQuiz: 'Vous préférez une courte liste faite pour vous\u00a0?',
		takeQuiz: 'Faire le quiz',
		groupsHeading: 'Ce que cela protège',
		regionMostImportant: (region: string) => `Ce qui compte le plus ${dans(region)}, avec les étapes`,
	},
	tips: {
		title: (count: number) => (count === 6 ? 'Six choses à faire dès aujourd’hui' : `${count} choses à faire dès aujourd’hui`),
		description:
			'Six choses à faire aujourd’hui au sujet de Meta AI et de vos données Instagram, la plus importante en premier, chacune avec un lien vers ses étapes.',
		lede: 'La plus importante en premier. Chacune renvoie à ses étapes.',
		howTo: (name: string) => `Comment faire\u00a0: ${name}`,
	},
	regions: {
		description:
			'Choisissez l’endroit où vous vivez pour voir ce que vous pouvez y faire au sujet de Meta AI sur Instagram, avec les étapes et les liens de Meta.',
		inLanguage: (language: string) => `en ${languageNames[language] ?? language}`,
	},
	changes: {
		title: 'Ce qui a changé, et quand',
		description:
			'Un historique daté des décisions de Meta sur l’IA et les données, et des jugements et déclarations des régulateurs qui les ont accompagnées, du plus récent au plus ancien, chacun avec ses sources.',
		lede: 'Ce que Meta a changé concernant l’IA et vos données, et ce que les tribunaux, les régulateurs et les législateurs ont fait en réponse, depuis mars 2024. Les plus récents d’abord. Chaque entrée cite ses sources et renvoie aux pages de ce guide qu’elle a modifiées.',
		howFar: 'Jusqu’où cela va\u00a0:',
		reportedMeans:
			'«\u00a0Selon\u00a0» signifie que seuls la presse ou un guide le disent\u00a0: ni Meta, ni un régulateur, ni un tribunal ne l’a confirmé dans les sources que nous avons trouvées. Quand une source ne donne que le mois, nous aussi.',
		feedBefore: 'Suivez cette liste dans un lecteur de flux\u00a0:',
		feedLink: 'Flux Atom des changements',
		feedLanguage: ' (en anglais)',
		feedAfter: (count: number) => `La liste compte ${count} ${count < 2 ? 'entrée' : 'entrées'}\u00a0; dernière vérification le`,
		yearsLabel: 'Années',
		whereUnsaid: 'Les sources ne disent pas où.',
		whereApplies: 'Où cela s’applique',
		pagesChanged: 'Pages modifiées par ce changement\u00a0:',
		sources: 'Sources\u00a0:',
		affected: {
			guide: (title: string) => `Guide\u00a0: ${title}`,
			faq: (question: string) => `FAQ\u00a0: ${question}`,
			setting: (name: string) => `Réglage\u00a0: ${name}`,
		},
		lastChecked: 'Dernière vérification par rapport aux sources\u00a0:',
		linkToEntry: 'Lien vers cette entrée',
	},
	notFound: {
		title: 'Page introuvable',
		description: 'Cette page n’existe pas. Voici les façons d’entrer dans le guide.',
		text: 'Il n’y a aucune page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.',
		start: 'Page d’accueil',
	},
};
