/**
 * French interface words for the journey pages and components; keys and function parameters as in
 * src/translations/en/journey.ts. Key terms follow content/translations/fr/GLOSSARY.md. Reader: « vous ».
 */
import type { UiText } from '../en';
import { dans, de } from './grammar';

export const journeyText: UiText['journey'] = {
	/** How each region reads on the « Où vivez-vous ? » links: a name, and a short hint where one helps. */
	regionChoice: {
		'eu-eea': { name: 'Union européenne', hint: 'ou Islande, Liechtenstein, Norvège' },
		uk: { name: 'Royaume-Uni' },
		switzerland: { name: 'Suisse' },
		us: { name: 'États-Unis' },
		brazil: { name: 'Brésil' },
		australia: { name: 'Australie' },
		elsewhere: { name: 'Ailleurs', hint: 'tout autre pays' },
	},
	home: {
		title: 'Meta AI et votre Instagram\u00a0: ce que vous pouvez changer',
		lede: 'Meta entraîne son IA sur les publications publiques d’Instagram. Pouvoir dire non ou pas dépend de l’endroit où vous vivez. Choisissez votre région pour voir ce que vous pouvez faire, avec les étapes.',
		whereHeading: 'Où vivez-vous\u00a0?',
		whereHint: 'Un seul appui vous mène à ce que vous pouvez faire là où vous vivez, avec les étapes et les liens de Meta.',
		planHeading: 'Vous voulez un plan fait pour vous\u00a0?',
		planText: 'Répondez à quelques questions. Vos réponses restent sur votre téléphone.',
		planLink: 'Faire mon plan',
		moreHeading: 'Ou lisez d’abord',
		guide: (count: number) => ({ link: 'Lire le guide', text: `${count} courtes sections et un résumé, environ une minute chacun.` }),
		faq: (count: number) => ({
			link: 'Trouver votre question',
			text: `${count} questions, chacune avec d’abord une réponse en une ligne.`,
		}),
		settings: (count: number) => ({
			link: 'Tous les réglages',
			text: `${count} réglages, formulaires et habitudes, regroupés selon ce qu’ils protègent.`,
		}),
		tips: { link: 'Six choses à faire aujourd’hui', text: 'Chacune renvoie à ses étapes.' },
		privacyHeading: 'Ce site ne vous piste pas',
		privacyText: 'Pas de mesure d’audience, pas de cookies, pas de publicité, et rien n’est chargé depuis d’autres sites.',
		privacyLink: 'Qui a fait ce guide',
	},
	region: {
		canHeading: 'En bref',
		actionsHeading: (count: number) => (count === 1 ? 'La chose qui compte le plus' : `Les ${count} choses qui comptent le plus`),
		notesHeading: 'À savoir',
		planHeading: 'Un plan pour vous',
		planText:
			'Le quiz met ces étapes en balance avec ce pour quoi vous utilisez Instagram, et propose un court plan que vous pouvez imprimer.',
		planLink: 'Faire mon plan',
		faqHeading: 'Les questions qu’on se pose ici',
		authoritiesHeading: 'Qui contrôle cela ici',
		otherRegions: 'Vous vivez ailleurs\u00a0?',
	},
	action: {
		metaLinks: 'La page de Meta',
		metaLinksMany: 'Les pages de Meta',
		steps: 'Étapes dans l’application Instagram',
		anotherWay: (label: string) => `Autre possibilité\u00a0: ${label}`,
		protects: 'Protège',
		costs: 'Ce que cela vous coûte',
		costsNothing: 'Rien de documenté',
		protectsNothing: 'Aucune de vos données',
		checked: 'Vérifié par rapport à ses sources',
		more: (name: string) => `Tout sur «\u00a0${name}\u00a0»\u00a0: notre degré de certitude, comment revenir en arrière, les sources`,
		/** Where a setting's steps come from: said the same way on every page that shows them. */
		stepsLine: (source: { publisher: string; date: string; primary: boolean } | undefined, habit: boolean) => {
			const device = ' Non vérifié sur un téléphone\u00a0: Meta renomme ses menus, votre application peut donc être différente.';
			if (!source)
				return `Aucune source que nous avons trouvée ne donne les appuis exacts\u00a0: ces étapes disent seulement où chercher.${device}`;
			if (habit)
				return source.primary
					? `Cette habitude s’appuie sur ce que dit ${source.publisher} (${source.date}).`
					: `Cette habitude s’appuie sur un article ${de(source.publisher)} (${source.date}).`;
			return source.primary
				? `Étapes fondées sur le propre texte ${de(source.publisher)} (${source.date}).${device}`
				: `Étapes telles que décrites par ${source.publisher}, ${source.date}. Il s’agit d’un guide ou d’un article, pas des instructions de Meta.${device}`;
		},
		routeBy: (publisher: string, date: string) => `Ce chemin, tel que décrit par ${publisher}, ${date}.`,
	},
	steps: {
		copy: 'Copier ces étapes',
		copied: 'Copié. Collez-les dans une note ou un message.',
		selected: 'Sélectionné. Utilisez la fonction Copier de votre téléphone, ou appuyez sur Ctrl+C.',
	},
	external: {
		leaves: '(quitte ce site)',
	},
	diagram: {
		caption:
			'Schéma des endroits où appuyer, dessiné pour ce guide. Ce n’est pas une capture d’écran\u00a0: votre application peut être différente.',
		label: (steps: readonly string[]) => `Schéma des endroits où appuyer\u00a0: ${steps.map((s, i) => `${i + 1}. ${s}`).join(' ')}`,
	},
	discussed: {
		heading: 'Évoqué dans',
		none: 'Aucune section du guide, aucune question ni aucun conseil ne renvoie encore ici.',
		kinds: { guide: 'Guide', faq: 'Question', tips: 'Conseil' },
	},
	settingsIndex: {
		title: 'Tous les réglages, selon ce qu’ils protègent',
		lede: (count: number) =>
			`${count} réglages, formulaires et habitudes. Chacun a sa propre page, avec les étapes, la façon de revenir en arrière et les sources.`,
		filterHeading: 'Afficher seulement ce qui existe là où vous vivez',
		all: 'Partout',
		regionTitle: (region: string) => `Réglages ${dans(region)}, selon ce qu’ils protègent`,
		regionLede: (count: number, region: string) =>
			`${count} réglages, formulaires et habitudes qui existent ${dans(region)}, d’après nos sources.`,
		alsoProtects: 'Protège aussi',
		protectsNone: 'Change ce que vous voyez, pas ce que Meta utilise',
		where: 'Où',
		howSure: 'Degré de certitude',
		everywhere: 'Partout',
	},
	faqIndex: {
		title: 'Questions et réponses',
		lede: (count: number) =>
			`${count} questions que l’on se pose sur Meta AI et Instagram. Appuyez sur une question pour voir sa réponse courte.`,
		full: 'Réponse complète, étapes et sources',
	},
	about: {
		heading: 'Qui a fait ce guide et comment nous joindre',
		who: 'Ce guide est un projet indépendant. Il n’est ni fait, ni payé, ni vérifié par Meta ou Instagram. Ses textes et son code sont conservés dans le dépôt du projet, où chaque modification est enregistrée avec sa raison.',
		report: 'Signaler une erreur',
		reportText:
			'Ouvrez un ticket (issue) sur le dépôt du projet. Indiquez la page et, si vous le pouvez, une source qui montre le fait exact. Rien sur ce site n’envoie de données nulle part\u00a0: le signalement se fait sur le site du dépôt lui-même.',
		reportUnset:
			'Signalez les erreurs sur le dépôt public du projet. Indiquez la page et, si vous le pouvez, une source qui montre le fait exact.',
	},
	helper: {
		heading: 'Écrivez votre motif (facultatif)',
		opening: 'Je m’oppose à l’utilisation de mes informations personnelles par Meta pour développer et améliorer l’IA chez Meta.',
		choicesLegend: 'Lesquelles de ces phrases vous correspondent\u00a0? Cochez-en autant que vous voulez, ou aucune.',
		choices: [
			{
				id: 'creator',
				label: 'Je suis artiste, photographe ou je fais un autre travail de création',
				sentence:
					'Mes publications sont mon propre travail de création, et je ne veux pas qu’elles servent à entraîner une IA capable de l’imiter.',
			},
			{
				id: 'children',
				label: 'Mes publications montrent mes enfants ou d’autres membres de ma famille',
				sentence: 'Mes publications montrent mes enfants et ma famille, qui ne peuvent pas donner leur accord eux-mêmes.',
			},
			{
				id: 'private-life',
				label: 'Mes publications montrent ma santé, mes convictions ou ma vie privée',
				sentence: 'Mes publications contiennent des détails de ma vie privée que je n’ai pas partagés dans ce but.',
			},
			{
				id: 'no-ai',
				label: 'Je ne veux pas du tout que mes données servent à l’IA',
				sentence: 'Je ne veux pas qu’une seule de mes informations serve à développer ou à améliorer l’IA.',
			},
		],
		ownWords: 'Autre chose, avec vos propres mots (facultatif)',
		result: 'Votre motif, prêt à coller. Vous pouvez le modifier.',
		copy: 'Copier mon motif',
		copied: 'Copié. Collez-le dans le champ du motif, sur le formulaire de Meta.',
		selected: 'Sélectionné. Utilisez la fonction Copier de votre téléphone, ou appuyez sur Ctrl+C.',
		empty: 'Cochez d’abord une ligne ou écrivez quelque chose. Ou laissez vide le champ du motif sur le formulaire.',
		remember: 'Mémoriser mes choix sur cet appareil (gardés uniquement dans ce navigateur\u00a0; décochez pour les oublier)',
		then: 'Ouvrez ensuite le formulaire de Meta et collez-le\u00a0:',
		thenNoLink: 'Collez-le ensuite dans le champ du motif du formulaire de Meta, en suivant les étapes ci-dessus.',
		privacy:
			'Cet outil fonctionne uniquement dans votre navigateur. Il n’envoie rien, et ne garde rien sauf si vous cochez «\u00a0Mémoriser\u00a0».',
		noScript: 'Des phrases à copier dans le champ du motif, si elles sont vraies pour vous\u00a0:',
		notes: {
			'eu-eea': [
				{
					text: 'Vous n’êtes pas obligé de donner un motif. Lors de la campagne de 2025, le champ du motif était facultatif, selon Evrim Ağacı.',
					cite: 'evrimagaci-2025-04-meta-ai-backlash-europe',
				},
				{
					text: 'Meta fonde cet entraînement sur ses «\u00a0intérêts légitimes\u00a0», dit sa politique de confidentialité pour l’UE.',
					cite: 'meta-2026-07-instagram-privacy-policy-eu',
				},
				{
					text: 'Face à cela, l’article 21 du RGPD vous permet de vous opposer à tout moment, pour des raisons tenant à votre situation particulière. Meta doit alors arrêter, sauf s’il démontre des motifs légitimes et impérieux qui prévalent sur vos intérêts, ou s’il a besoin des données pour la constatation, l’exercice ou la défense de droits en justice.',
					cite: 'eu-2016-04-gdpr-article-21',
				},
			],
			uk: [
				{
					text: 'Vous n’avez peut-être pas besoin de donner un motif\u00a0: nous n’avons trouvé aucun texte de Meta indiquant si le formulaire du Royaume-Uni en exige un. Essayez de laisser le champ vide, et n’utilisez ceci que si le formulaire le demande.',
					cite: undefined,
				},
				{
					text: 'Meta a proposé ce formulaire aux adultes du Royaume-Uni quand il y a repris l’entraînement de son IA, en septembre 2024, selon Fast Company.',
					cite: 'fastcompany-2024-09-meta-uk-ai-training',
				},
				{
					text: 'Nos sources ne comprennent pas le texte de loi du Royaume-Uni lui-même\u00a0: nous ne pouvons donc pas dire ce que Meta doit faire d’une opposition venant du Royaume-Uni, au-delà de sa promesse de respecter les formulaires.',
					cite: undefined,
				},
			],
			brazil: [
				{
					text: 'Des guides brésiliens décrivent un champ «\u00a0Diga-nos como esse processamento afeta você\u00a0» (dites-nous en quoi ce traitement vous concerne) et disent qu’une phrase simple suffit, selon Nanobits.',
					cite: 'nanobits-2025-12-brazil-objection-form',
				},
				{
					text: 'Nous n’avons trouvé aucun texte juridique brésilien sur ce que Meta doit faire d’une opposition, ni aucune source indiquant si le champ peut rester vide.',
					cite: undefined,
				},
			],
		},
	},
	print: {
		printed: 'Imprimé depuis',
		on: 'le',
	},
};
