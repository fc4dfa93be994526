/**
 * Le quiz en français (vous) : questions, textes de l'îlot et de la page. Mêmes clés qu'en anglais
 * (words/en.ts) ; les phrases du plan sont dans templates/fr.ts. Les noms des régions viennent du
 * vocabulaire du site (src/translations/fr/). Espaces insécables avant « : ; ? ! » et dans « ».
 */
import { useTranslations } from '../../../translations';
import { regionOptions } from '../question-text';
import type { QuizLanguage } from './en';

const regions = useTranslations('fr').vocabulary.regionLongNames;

const valueOptions = {
	'a-lot': { label: 'Beaucoup' },
	'a-little': { label: 'Un peu' },
	'not-at-all': { label: 'Pas du tout' },
};

export const FR: QuizLanguage = {
	questionText: {
		region: {
			prompt: 'Où vivez-vous ?',
			help: 'Vos choix sur Instagram dépendent de votre pays.',
			options: regionOptions(regions, "Tout pays qui n'est pas dans la liste ci-dessus."),
		},
		age: {
			prompt: 'Quel âge avez-vous ?',
			help: 'Certains choix sont réservés aux adultes, et les comptes Ado ont leurs propres réglages. Les parents peuvent répondre pour leur ado.',
			options: {
				teen: { label: '13 à 17 ans' },
				adult: { label: '18 ans ou plus' },
				parent: {
					label: 'Je suis parent ou tuteur légal et je réponds pour mon ado',
					hint: 'Répondez à la suite pour le compte de votre ado.',
				},
			},
		},
		account: {
			prompt: 'Quel type de compte Instagram avez-vous ?',
			help: 'Vous ne savez pas ? Personnel est le type habituel.',
			options: {
				personal: { label: 'Personnel' },
				creator: { label: 'Créateur', hint: 'Un compte professionnel pour les personnes qui créent du contenu.' },
				business: { label: 'Entreprise', hint: 'Un compte professionnel pour un commerce, une marque ou un service.' },
			},
		},
		worries: {
			prompt: "Qu'est-ce qui vous inquiète parmi ces points ?",
			help: 'Choisissez-en autant que vous voulez, ou aucun.',
			options: {
				'ai-posts': { label: 'Que Meta entraîne son IA sur mes publications et mes photos' },
				'ai-chats': { label: 'Que Meta utilise mes conversations avec Meta AI pour entraîner son IA ou choisir mes publicités' },
				'ad-profiling': { label: 'Le profilage qui sert à choisir les publicités que je vois' },
				tracking: { label: "Le suivi de ce que je fais sur d'autres sites et applications" },
				'public-posts': { label: 'Que des inconnus ou des moteurs de recherche voient mes publications' },
				'my-data': { label: 'Ne pas savoir ce que Meta garde sur moi' },
			},
		},
		objected: {
			prompt: "Avez-vous déjà envoyé à Meta une opposition à l'entraînement de l'IA ?",
			help: "Là où Meta propose un formulaire d'opposition, vous l'avez peut-être déjà envoyé.",
			options: {
				'not-yet': { label: 'Non, pas encore' },
				already: { label: "Oui, j'ai déjà envoyé mon opposition" },
				undo: { label: 'Oui, et je veux retirer mon opposition' },
				'not-sure': { label: 'Je ne sais pas' },
			},
		},
		feed: {
			prompt: "À quel point aimez-vous un fil d'accueil choisi pour vous, selon ce que vous aimez ?",
			options: valueOptions,
		},
		explore: {
			prompt: 'À quel point aimez-vous les suggestions dans Explorer et Reels ?',
			options: valueOptions,
		},
		ads: {
			prompt: "À quel point voulez-vous des publicités qui correspondent à vos centres d'intérêt ?",
			help: 'Vous voyez des publicités dans tous les cas. La question est de savoir si elles vous correspondent.',
			options: valueOptions,
		},
		ai: {
			prompt: 'À quel point utilisez-vous ou voulez-vous Meta AI sur Instagram ?',
			help: 'Par exemple la conversation avec Meta AI, ou les questions posées à Meta AI dans la recherche.',
			options: valueOptions,
		},
		reach: {
			prompt: 'À quel point est-ce important que vos publications atteignent des personnes qui ne vous suivent pas ?',
			options: valueOptions,
		},
		pay: {
			prompt: 'Paieriez-vous un abonnement mensuel pour utiliser Instagram sans publicité ?',
			help: 'Là où vous vivez, Meta propose aux adultes un abonnement payant sans publicité.',
			options: {
				yes: { label: "Oui, je l'envisagerais" },
				no: { label: 'Non' },
			},
		},
	},

	uiText: {
		progress: 'Question {position} sur {total}',
		chooseOne: 'Choisissez une réponse pour continuer.',
		back: 'Retour',
		next: 'Suivant',
		seePlan: 'Voir mon plan',

		linkNotice: "Ce lien n'a pas pu être lu, le quiz recommence donc depuis le début.",
		linkProblems: {
			broken: "Ce lien est cassé : nous n'avons pas pu lire les réponses qu'il contient. Vous pouvez refaire le quiz à la place.",
			changed:
				'Ce lien contient des réponses que le quiz ne connaît pas. Il a peut-être été modifié ou coupé. Vous pouvez refaire le quiz à la place.',
			'too-long':
				"Ce lien est bien plus long que n'importe quel lien du quiz, nous ne l'avons donc pas lu. Vous pouvez refaire le quiz à la place.",
			empty: 'Ce lien ne contient aucune réponse. Vous pouvez faire le quiz à la place.',
			'no-version':
				"Ce lien n'indique pas quelle version du quiz l'a créé, nous n'avons donc pas pu le lire. Vous pouvez refaire le quiz à la place.",
			outdated: 'Ce lien a été créé par une autre version du quiz, et ses questions ont changé. Merci de refaire le quiz.',
		},
		savedNotice: "Vos réponses enregistrées n'ont pas pu être lues, le quiz recommence donc depuis le début.",
		forgotten: 'Vos réponses sont oubliées.',
		forgottenDetail: 'Tout ce que le quiz avait enregistré dans ce navigateur est supprimé, coches comprises.',
		notForgotten: 'Ce navigateur ne nous a pas permis de supprimer vos réponses enregistrées.',
		notForgottenDetail: 'Effacez plutôt les données de ce site dans les paramètres de votre navigateur.',

		planHeading: 'Votre plan',
		planReady: 'Votre plan est prêt.',
		loading: 'Préparation de votre plan…',
		more: {
			one: '{count} autre réglage qui correspond à vos inquiétudes est laissé de côté pour que ce plan reste court.',
			many: '{count} autres réglages qui correspondent à vos inquiétudes sont laissés de côté pour que ce plan reste court.',
			other: '{count} autres réglages qui correspondent à vos inquiétudes sont laissés de côté pour que ce plan reste court.',
		},
		moreLink: 'Voir tous les réglages.',
		leavesSite: '(quitte ce site)',
		stepsNote: 'Les étapes sont celles que décrivent nos sources ; Meta modifie souvent ses menus.',
		readFirst: "À lire d'abord",
		groups: {
			first: { title: 'À faire en premier' },
			recommended: { title: 'Recommandé' },
			consider: { title: 'À envisager', intro: 'Des peut-être : lisez la raison et la contrepartie.' },
			'not-for-you': {
				title: 'Probablement pas pour vous',
				intro: "Ces réglages existent pour vous, mais ils vous coûteraient quelque chose qui compte pour vous, d'après vos réponses.",
			},
		},
		keepHeading: 'Garder ou partager votre plan',
		print: 'Imprimer la liste',
		linkLabel: 'Lien vers ce plan',
		copyLink: 'Copier le lien',
		linkNote: "Le lien contient vos réponses : toute personne qui l'ouvre voit ce plan. Rien ne nous est envoyé.",
		copied: 'Lien copié.',
		copySelected: 'Le lien est sélectionné : copiez-le depuis votre navigateur.',
		changeAnswers: 'Modifier mes réponses',
		restart: 'Recommencer le quiz',
		forget: 'Oublier mes réponses',

		done: 'Fait',
		doAnyway: 'Comment le faire quand même',
		protects: 'Protège',
		costsYou: 'Vous coûte',
		howSure: 'Degré de certitude',
		time: 'Temps',
		sources: { one: '{count} source et détails', many: '{count} sources et détails', other: '{count} sources et détails' },
		lastVerified: 'Dernière vérification le',

		broken: 'Désolé, le quiz a cessé de fonctionner dans ce navigateur.',
		brokenDetail: 'Vous pouvez quand même vous informer sur chaque réglage et décider vous-même :',
		brokenLink: "voir tous les réglages et ce qu'ils vous coûtent",
	},

	page: {
		title: 'Quels réglages valent la peine pour vous ? Un court quiz',
		description:
			"Répondez à onze questions courtes au plus et obtenez un plan : quels réglages et formulaires d'Instagram correspondent à l'endroit où vous vivez et à ce qui compte pour vous, et ce que chacun vous coûte.",
		heading: 'Quels réglages valent la peine pour vous ?',
		lede: "Chaque réglage de confidentialité sur Instagram est un compromis. Certains ne vous coûtent rien. D'autres changent votre fil, vos publicités ou qui voit vos publications. Répondez à onze questions courtes au plus (certaines n'apparaissent que si elles vous concernent) et obtenez un plan court, adapté à l'endroit où vous vivez et à ce qui compte pour vous.",
		privacy:
			"Vos réponses restent dans ce navigateur. Rien n'est envoyé, ni à nous ni à personne d'autre, et vous pouvez les supprimer à la fin avec « {forget} ».",
		noscriptTitle: 'Le quiz a besoin de JavaScript',
		noscriptText:
			'JavaScript est désactivé ou bloqué dans votre navigateur : le quiz ne peut donc pas établir de plan. Vous pouvez quand même vous informer sur chaque réglage et décider vous-même :',
		noscriptLink: "voir tous les réglages, ce qu'ils protègent et ce qu'ils vous coûtent",
		noscriptList: 'Voici où chacun existe :',
		everywhere: 'partout',
		after: 'Le plan ne fait que suggérer. La page de chaque réglage donne tous les détails et les sources :',
		afterLink: 'tous les réglages',
	},
};
